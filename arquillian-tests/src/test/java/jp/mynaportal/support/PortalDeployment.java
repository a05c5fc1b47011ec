package jp.mynaportal.support;

import java.io.File;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.Properties;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.asset.StringAsset;
import org.jboss.shrinkwrap.api.spec.WebArchive;

/**
 * The portal WAR exactly as {@code ./mvnw package} built it for Payara Micro, with the
 * configuration a test needs added as {@code META-INF/microprofile-config.properties}.
 */
public final class PortalDeployment {

    private PortalDeployment() {}

    /** The built WAR on a fresh in-memory H2 database. */
    public static WebArchive onH2(String databaseName) {
        return onH2(databaseName, java.util.Map.of());
    }

    /** The built WAR on a fresh in-memory H2 database with more configuration (e.g. short session timeouts). */
    public static WebArchive onH2(String databaseName, java.util.Map<String, String> settings) {
        Properties config = new Properties();
        config.setProperty("mynaportal.db.url", "jdbc:h2:mem:" + databaseName + ";DB_CLOSE_DELAY=-1");
        config.putAll(settings);
        return withConfig(config);
    }

    /** The built WAR on a PostgreSQL database that {@link PostgresTestDatabase} just recreated. */
    public static WebArchive onPostgres(PostgresTestDatabase database) {
        Properties config = new Properties();
        config.setProperty("mynaportal.db.url", database.url());
        config.setProperty("mynaportal.db.user", database.user());
        config.setProperty("mynaportal.db.password", "");
        return withConfig(config);
    }

    private static WebArchive withConfig(Properties config) {
        File war = new File(System.getProperty("mynaportal.micro.dir", "../ear/target/micro"), "mynaportal.war");
        if (!war.isFile()) {
            throw new IllegalStateException(
                    "Build the portal first (./mvnw package): " + war.getAbsolutePath() + " is missing");
        }
        StringWriter text = new StringWriter();
        try {
            config.store(text, "test configuration");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return ShrinkWrap.createFromZipFile(WebArchive.class, war)
                .addAsResource(new StringAsset(text.toString()), "META-INF/microprofile-config.properties")
                .addClasses(CurrentExchange.class, Callers.class)
                .addAsLibraries(jarOf(org.assertj.core.api.Assertions.class));
    }

    /** The jar a test library class was loaded from, for tests that run inside the container. */
    private static File jarOf(Class<?> type) {
        try {
            return new File(
                    type.getProtectionDomain().getCodeSource().getLocation().toURI());
        } catch (java.net.URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }
}
