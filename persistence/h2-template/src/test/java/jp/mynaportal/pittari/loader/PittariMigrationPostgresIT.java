package jp.mynaportal.pittari.loader;

import static org.assertj.core.api.Assertions.assertThat;

import java.security.MessageDigest;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.HexFormat;
import java.util.logging.Logger;
import javax.sql.DataSource;
import jp.mynaportal.platform.schema.SchemaMigrator;
import org.junit.jupiter.api.Test;
import org.postgresql.ds.PGSimpleDataSource;

/**
 * The real Flyway migrations on a fresh PostgreSQL database load the same catalogue as on H2. The
 * server is {@code mynaportal.test.pg.url} (its maintenance database; default
 * 127.0.0.1:5432/test, user {@code mynaportal.test.pg.user}, default postgres, trust
 * authentication); the database is {@code pittari_test} with {@code mynaportal.test.pg.suffix}.
 * A failsafe test, so that the unit tests need no PostgreSQL.
 */
class PittariMigrationPostgresIT {

    private static final Logger LOG = Logger.getLogger(PittariMigrationPostgresIT.class.getName());
    private static final String SERVER =
            System.getProperty("mynaportal.test.pg.url", "jdbc:postgresql://127.0.0.1:5432/test");
    private static final String USER = System.getProperty("mynaportal.test.pg.user", "postgres");
    private static final String DATABASE = "pittari_test" + System.getProperty("mynaportal.test.pg.suffix", "");

    @Test
    void loadsTheSameCatalogueOnPostgresAsOnH2() throws Exception {
        DataSource h2 = PittariMigrationTest.migratedH2("pittari_compare");
        DataSource postgres = freshPostgres();
        long started = System.nanoTime();
        new SchemaMigrator(postgres).migrate();
        LOG.info(() -> "PostgreSQL migrated in " + (System.nanoTime() - started) / 1_000_000 + " ms");

        assertThat(digest(postgres)).isEqualTo(digest(h2));
    }

    private static DataSource freshPostgres() throws SQLException {
        if (!DATABASE.matches("[a-z_]+")) {
            throw new IllegalArgumentException("mynaportal.test.pg.suffix is lower-case letters and underscores");
        }
        try (Connection admin = DriverManager.getConnection(SERVER, USER, "");
                Statement statement = admin.createStatement()) {
            statement.execute("DROP DATABASE IF EXISTS " + DATABASE + " WITH (FORCE)");
            statement.execute("CREATE DATABASE " + DATABASE);
        }
        PGSimpleDataSource dataSource = new PGSimpleDataSource();
        dataSource.setUrl(SERVER.substring(0, SERVER.lastIndexOf('/') + 1) + DATABASE);
        dataSource.setUser(USER);
        return dataSource;
    }

    /** A digest of every procedure row that matters to residents, in id order. */
    private static String digest(DataSource dataSource) throws Exception {
        MessageDigest sha = MessageDigest.getInstance("SHA-256");
        try (Connection connection = dataSource.getConnection();
                Statement statement = connection.createStatement();
                ResultSet rs = statement.executeQuery("SELECT id, lg_code, template_id, category_code,"
                        + " online_available, signature_required, status FROM pittari_procedure ORDER BY id")) {
            while (rs.next()) {
                String row = rs.getLong(1) + "," + rs.getString(2).trim() + "," + rs.getString(3) + ","
                        + rs.getString(4) + "," + rs.getBoolean(5) + "," + rs.getBoolean(6) + "," + rs.getString(7)
                        + "\n";
                sha.update(row.getBytes(java.nio.charset.StandardCharsets.UTF_8));
            }
        }
        return HexFormat.of().formatHex(sha.digest());
    }
}
