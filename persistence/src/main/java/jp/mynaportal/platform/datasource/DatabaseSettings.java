package jp.mynaportal.platform.datasource;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.UnaryOperator;
import jp.mynaportal.platform.PortalProfile;
import org.eclipse.microprofile.config.Config;
import org.eclipse.microprofile.config.ConfigProvider;

/**
 * Where the database is. Read from MicroProfile Config, so each key may come from a system
 * property ({@code -Dmynaportal.db.url=…}), an environment variable ({@code MYNAPORTAL_DB_URL})
 * or {@code META-INF/microprofile-config.properties}:
 * <ul>
 * <li>{@code mynaportal.db.url}: a JDBC URL ({@code jdbc:postgresql://…} or {@code jdbc:h2:…});
 * by default an H2 file database {@code mynaportal} in the data folder;</li>
 * <li>{@code mynaportal.db.user}, {@code mynaportal.db.password}: required outside the demo profile
 * (only the demo runs H2 as {@code sa} with an empty password);</li>
 * <li>{@code mynaportal.data.dir}: the data folder, {@code ./data} by default.</li>
 * </ul>
 */
public record DatabaseSettings(String url, String user, String password) {

    public static final String URL = "mynaportal.db.url";
    public static final String USER = "mynaportal.db.user";
    public static final String PASSWORD = "mynaportal.db.password";
    public static final String DATA_DIR = "mynaportal.data.dir";

    /** The settings the running portal is configured with. */
    public static DatabaseSettings fromConfig() {
        Config config = ConfigProvider.getConfig(DatabaseSettings.class.getClassLoader());
        return from(key -> config.getOptionalValue(key, String.class).orElse(null));
    }

    /** The settings read through {@code lookup}, which answers null for an unset key. */
    public static DatabaseSettings from(UnaryOperator<String> lookup) {
        String url = Optional.ofNullable(lookup.apply(URL))
                .filter(s -> !s.isBlank())
                .orElseGet(() ->
                        defaultH2Url(Optional.ofNullable(lookup.apply(DATA_DIR)).orElse("data")));
        boolean h2 = url.startsWith("jdbc:h2:");
        String user = Optional.ofNullable(lookup.apply(USER)).orElse(h2 ? "sa" : "");
        String password = Optional.ofNullable(lookup.apply(PASSWORD)).orElse("");
        return new DatabaseSettings(url, user, password);
    }

    /** Why the configured credentials do not do outside the demo: one sentence per missing key, or none. */
    public static List<String> refusals(UnaryOperator<String> lookup) {
        List<String> refusals = new ArrayList<>();
        if (PortalProfile.from(lookup).demo()) {
            return refusals;
        }
        if (isBlank(lookup.apply(USER))) {
            refusals.add(USER + " is not set: give the database user the portal connects as"
                    + " (only the demo profile runs with H2's user sa)");
        }
        if (isBlank(lookup.apply(PASSWORD))) {
            refusals.add(PASSWORD + " is not set: give that user's password"
                    + " (only the demo profile runs with an empty password)");
        }
        return refusals;
    }

    private static boolean isBlank(String value) {
        return value == null || value.isBlank();
    }

    static String defaultH2Url(String dataDir) {
        Path file = Path.of(dataDir).toAbsolutePath().normalize().resolve("mynaportal");
        return "jdbc:h2:file:" + file + ";DB_CLOSE_ON_EXIT=FALSE";
    }

    public boolean isPostgres() {
        return url.startsWith("jdbc:postgresql:");
    }

    @Override
    public String toString() {
        return "DatabaseSettings[url=" + url + ", user=" + user + "]";
    }
}
