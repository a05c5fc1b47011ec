package jp.mynaportal.usage.chain;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.Locale;
import java.util.Optional;
import java.util.function.UnaryOperator;
import jp.mynaportal.platform.datasource.DatabaseSettings;

/**
 * The operator command {@code bin/usage-log verify}: walks the usage-log chain and its signed
 * checkpoints in the configured database and prints the first broken entry. It reads the same
 * settings as the portal, as system properties or environment variables ({@code mynaportal.db.url}
 * or {@code MYNAPORTAL_DB_URL}, …, {@code mynaportal.data.dir}, {@code mynaportal.usage.key-dir}).
 * Exit status 0: intact; 1: broken; 2: it could not check.
 */
public final class UsageLogTool {

    /** Where the checkpoint keys are: {@code mynaportal.usage.key-dir}, default {@code <data dir>/usage-log}. */
    public static final String KEY_DIR = "mynaportal.usage.key-dir";

    private UsageLogTool() {}

    public static void main(String[] args) {
        if (args.length != 1 || !args[0].equals("verify")) {
            System.err.println("usage: usage-log verify");
            System.exit(2);
        }
        UnaryOperator<String> lookup = UsageLogTool::setting;
        DatabaseSettings database = DatabaseSettings.from(lookup);
        System.exit(verify(database, keyDir(lookup)));
    }

    /** Verifies, prints the result and closes the database before the exit status is returned. */
    private static int verify(DatabaseSettings database, Path keys) {
        Verification result;
        try (Connection connection =
                DriverManager.getConnection(database.url(), database.user(), database.password())) {
            result = new UsageLogVerifier(CheckpointKey.trustedKeys(keys)).verify(connection);
        } catch (SQLException e) {
            System.err.println("Cannot read the usage log at " + database.url() + ": " + e.getMessage());
            return 2;
        }
        System.out.println(result);
        return result.intact() ? 0 : 1;
    }

    /** The checkpoint key folder the settings name. */
    public static Path keyDir(UnaryOperator<String> lookup) {
        return Optional.ofNullable(lookup.apply(KEY_DIR))
                .map(Path::of)
                .orElseGet(() -> Path.of(Optional.ofNullable(lookup.apply(DatabaseSettings.DATA_DIR))
                                .orElse("data"))
                        .resolve("usage-log"));
    }

    private static String setting(String key) {
        return Optional.ofNullable(System.getProperty(key))
                .orElseGet(() -> System.getenv(
                        key.toUpperCase(Locale.ROOT).replace('.', '_').replace('-', '_')));
    }
}
