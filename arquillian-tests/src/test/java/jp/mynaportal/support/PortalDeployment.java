package jp.mynaportal.support;

import java.io.ByteArrayOutputStream;
import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.asset.ByteArrayAsset;
import org.jboss.shrinkwrap.api.importer.ZipImporter;
import org.jboss.shrinkwrap.api.spec.WebArchive;

/**
 * The portal WAR exactly as {@code ./mvnw package} built it for Payara Micro, with the
 * configuration a test needs added as {@code META-INF/microprofile-config.properties}. Every
 * deployment asks for the demo profile ({@code mynaportal.profile=demo}: demo residents, the
 * development PKI, H2 as {@code sa}, reader login from this machine, plain HTTP), since the WAR
 * on its own starts as production and refuses to run without trust anchors and credentials.
 *
 * <p>Most test classes share one deployment per database ({@link #sharedH2()}, {@link
 * #sharedPostgres()}): one Payara Micro and one database for all of them (see {@link
 * SharedMicroContainer}), each test working with its own residents, drafts and sessions. A
 * shared deployment carries every in-container test class (those named {@code ...Contract},
 * {@code ...H2IT} and {@code ...PostgresIT}), since whichever class comes first deploys it for
 * all. Browser and HTTP tests use it too, with {@code @RunAsClient}. Only a test that needs other
 * settings or a database nobody else has touched gets a deployment (and a Micro) of its own.
 */
public final class PortalDeployment {

    private static final Pattern IN_CONTAINER_TEST = Pattern.compile("[A-Za-z]+(Contract|H2IT|PostgresIT)(\\$.*)?");

    /** The login rate limit of the test deployments (requests per minute and client address). */
    public static final int LOGIN_REQUESTS_PER_MINUTE = 600;

    /** The operating body that the shared H2 deployment names in its footer. */
    public static final String OPERATOR = "試験市 デジタル推進課";

    /** The archive name of {@link #sharedPostgres()}. */
    static final String SHARED_POSTGRES = SharedMicroContainer.SHARED_PREFIX + "postgres.war";

    private static PostgresTestDatabase sharedDatabase;
    private static String sharedH2Url;

    private PortalDeployment() {}

    /**
     * The deployment that the H2 tests share: one Micro, one H2 file database new in each test run
     * (so it starts as a copy of the build's migrated template, {@code H2Template}, instead of
     * running every migration again).
     */
    public static WebArchive sharedH2() {
        Properties config = new Properties();
        config.setProperty("mynaportal.db.url", sharedH2Url());
        // the operating body of the footer, as an operator sets it (ResidentPagesBrowserIT reads it)
        config.setProperty("mynaportal.operator.name", OPERATOR);
        mailTo(config);
        return withInContainerTests(withConfig(config, SharedMicroContainer.SHARED_PREFIX + "h2.war"));
    }

    /**
     * The deployment that the PostgreSQL tests share: one Micro on one database, dropped and
     * created again when the first of them asks for it in this test run.
     */
    public static synchronized WebArchive sharedPostgres() {
        if (sharedDatabase == null) {
            sharedDatabase = PostgresTestDatabase.recreate("mynaportal_it");
        }
        Properties config = postgresConfig(sharedDatabase);
        mailTo(config);
        return withInContainerTests(withConfig(config, SHARED_POSTGRES));
    }

    /**
     * The shared H2 database's URL: the same for every class of this test JVM (the shared Micro is
     * reused only for an archive with the same files), in a folder emptied when the first class asks.
     */
    private static synchronized String sharedH2Url() {
        if (sharedH2Url == null) {
            Path folder = Path.of("target", "shared-h2").toAbsolutePath();
            try {
                StandaloneMicro.delete(folder);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            sharedH2Url = "jdbc:h2:file:" + folder.resolve("mynaportal") + ";DB_CLOSE_ON_EXIT=FALSE";
        }
        return sharedH2Url;
    }

    /**
     * The shared deployments send mail to an SMTP server on a free port of this machine, which the
     * mail tests start (GreenMail, inside the container) and stop; while none listens, mails wait in
     * the outbox. Retries start after one second and the worker looks every second, so that a
     * test sees a mail go out soon after its server is back.
     */
    private static void mailTo(Properties config) {
        config.setProperty("mynaportal.mail.smtp.host", "127.0.0.1");
        config.setProperty("mynaportal.mail.smtp.port", Integer.toString(freePort()));
        config.setProperty("mynaportal.mail.smtp.starttls", "false");
        config.setProperty("mynaportal.mail.retry-seconds", "1");
        config.setProperty("mynaportal.mail.poll-seconds", "1");
        config.setProperty("mynaportal.mail.timeout-seconds", "3");
    }

    static int freePort() {
        try (java.net.ServerSocket socket = new java.net.ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

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

    /**
     * The built WAR on a PostgreSQL database of the test's own (e.g. a {@link LocalPostgresServer}),
     * with more configuration.
     */
    public static WebArchive onPostgres(String url, String user, java.util.Map<String, String> settings) {
        Properties config = new Properties();
        config.setProperty("mynaportal.db.url", url);
        config.setProperty("mynaportal.db.user", user);
        config.setProperty("mynaportal.db.password", "");
        config.putAll(settings);
        return withConfig(config);
    }

    /** The settings of a PostgreSQL database that {@link PostgresTestDatabase} just recreated. */
    private static Properties postgresConfig(PostgresTestDatabase database) {
        Properties config = new Properties();
        config.setProperty("mynaportal.db.url", database.url());
        config.setProperty("mynaportal.db.user", database.user());
        config.setProperty("mynaportal.db.password", "");
        return config;
    }

    private static WebArchive withConfig(Properties config) {
        return withConfig(config, "mynaportal.war");
    }

    /** The built WAR, named {@code name}, with {@code config} and the demo profile as its MicroProfile Config. */
    private static WebArchive withConfig(Properties config, String name) {
        config.putIfAbsent("mynaportal.profile", "demo");
        config.putIfAbsent("mynaportal.auth.reader-terminals", thisMachinesAddresses());
        // every test logs in from loopback: the login rate limit per address stays, high enough for them
        config.putIfAbsent("mynaportal.auth.login-requests-per-minute", String.valueOf(LOGIN_REQUESTS_PER_MINUTE));
        File war = new File(System.getProperty("mynaportal.micro.dir", "../ear/target/micro"), "mynaportal.war");
        if (!war.isFile()) {
            throw new IllegalStateException(
                    "Build the portal first (./mvnw package): " + war.getAbsolutePath() + " is missing");
        }
        // stored as a byte stream: ISO 8859-1 with \\u escapes, as every reader of a properties file
        // expects (a Japanese value such as the operator's name arrives intact)
        ByteArrayOutputStream text = new ByteArrayOutputStream();
        try {
            config.store(text, "test configuration");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return ShrinkWrap.create(ZipImporter.class, name)
                .importFrom(war)
                .as(WebArchive.class)
                .addAsResource(new ByteArrayAsset(text.toByteArray()), "META-INF/microprofile-config.properties")
                .addClasses(CurrentExchange.class, Callers.class, SmtpServer.class)
                .addAsLibraries(jarOf(org.assertj.core.api.Assertions.class))
                .addAsLibraries(jarOf(com.icegreen.greenmail.util.GreenMail.class), jarOf(org.slf4j.Logger.class));
    }

    /** The archive with every in-container test class of this module added. */
    private static WebArchive withInContainerTests(WebArchive war) {
        Path testClasses = Path.of(location(PortalDeployment.class));
        try (Stream<Path> files = Files.walk(testClasses)) {
            files.filter(file -> file.toString().endsWith(".class"))
                    .filter(file -> IN_CONTAINER_TEST
                            .matcher(file.getFileName().toString().replace(".class", ""))
                            .matches())
                    .map(file -> testClasses.relativize(file).toString().replace(".class", ""))
                    .map(path -> path.replace(java.io.File.separatorChar, '.'))
                    .forEach(war::addClass);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return war;
    }

    /** The jar a test library class was loaded from, for tests that run inside the container. */
    private static File jarOf(Class<?> type) {
        return new File(location(type));
    }

    /** Where a class was loaded from: a jar, or a folder of classes. */
    private static java.net.URI location(Class<?> type) {
        try {
            return type.getProtectionDomain().getCodeSource().getLocation().toURI();
        } catch (java.net.URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * The test browsers are the counter terminals: they reach Micro at loopback or at one of this
     * machine's own addresses, which differ between machines; those become terminals with readers
     * (loopback as in the demo), and every other address stays refused.
     */
    static String thisMachinesAddresses() {
        try {
            return java.util.stream.Stream.concat(
                            java.util.stream.Stream.of("127.0.0.0/8", "::1/128"),
                            java.util.Collections.list(java.net.NetworkInterface.getNetworkInterfaces()).stream()
                                    .flatMap(i -> java.util.Collections.list(i.getInetAddresses()).stream())
                                    .filter(a -> !a.isLoopbackAddress())
                                    .map(a -> a.getHostAddress().replaceFirst("%.*$", "")))
                    .distinct()
                    .collect(java.util.stream.Collectors.joining(","));
        } catch (java.net.SocketException e) {
            throw new IllegalStateException("Cannot list this machine's addresses", e);
        }
    }
}
