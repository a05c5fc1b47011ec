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
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.Test;
import org.postgresql.ds.PGSimpleDataSource;

/**
 * Runs the real Flyway migrations on an in-memory H2 and on a fresh PostgreSQL database
 * ({@code pittari_test} on 127.0.0.1:5432, user postgres, trust authentication).
 */
class PittariMigrationTest {

    private static final Logger LOG = Logger.getLogger(PittariMigrationTest.class.getName());
    private static final String POSTGRES = "jdbc:postgresql://127.0.0.1:5432/";

    @Test
    void loadsAtLeast100000ProceduresOnH2() throws Exception {
        DataSource h2 = h2("pittari_count");
        new SchemaMigrator(h2).migrate();

        assertThat(count(h2, "SELECT COUNT(*) FROM pittari_procedure")).isGreaterThanOrEqualTo(100_000);
    }

    @Test
    void loadsEveryVendoredTemplateOnH2() throws Exception {
        DataSource h2 = h2("pittari_templates");
        new SchemaMigrator(h2).migrate();

        assertThat(count(h2, "SELECT COUNT(*) FROM pittari_template"))
                .isEqualTo(TemplateCatalogue.load().size());
    }

    @Test
    void givesEveryTemplateItsEnglishTextsOnH2() throws Exception {
        DataSource h2 = h2("pittari_english");
        new SchemaMigrator(h2).migrate();

        assertThat(count(
                        h2,
                        "SELECT COUNT(*) FROM pittari_template WHERE name_en IS NOT NULL"
                                + " AND summary_en IS NOT NULL AND field_labels_en IS NOT NULL"))
                .isEqualTo(TemplateCatalogue.load().size());
    }

    @Test
    void loadsTheSameCatalogueOnPostgresAsOnH2() throws Exception {
        DataSource h2 = h2("pittari_compare");
        new SchemaMigrator(h2).migrate();
        DataSource postgres = freshPostgres();
        long started = System.nanoTime();
        new SchemaMigrator(postgres).migrate();
        LOG.info(() -> "PostgreSQL migrated in " + (System.nanoTime() - started) / 1_000_000 + " ms");

        assertThat(digest(postgres)).isEqualTo(digest(h2));
    }

    private static DataSource h2(String name) {
        JdbcDataSource dataSource = new JdbcDataSource();
        dataSource.setURL("jdbc:h2:mem:" + name + ";DB_CLOSE_DELAY=-1");
        return dataSource;
    }

    private static DataSource freshPostgres() throws SQLException {
        try (Connection admin = DriverManager.getConnection(POSTGRES + "test", "postgres", "");
                Statement statement = admin.createStatement()) {
            statement.execute("DROP DATABASE IF EXISTS pittari_test");
            statement.execute("CREATE DATABASE pittari_test");
        }
        PGSimpleDataSource dataSource = new PGSimpleDataSource();
        dataSource.setUrl(POSTGRES + "pittari_test");
        dataSource.setUser("postgres");
        return dataSource;
    }

    private static long count(DataSource dataSource, String sql) throws SQLException {
        try (Connection connection = dataSource.getConnection();
                Statement statement = connection.createStatement();
                ResultSet rs = statement.executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        }
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
