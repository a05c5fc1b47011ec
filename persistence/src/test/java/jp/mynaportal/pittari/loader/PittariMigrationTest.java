package jp.mynaportal.pittari.loader;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import javax.sql.DataSource;
import jp.mynaportal.platform.schema.SchemaMigrator;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Runs the real Flyway migrations on an in-memory H2 database ({@link PittariMigrationPostgresIT}
 * compares them with PostgreSQL).
 */
class PittariMigrationTest {

    /** One migrated database for every test here: the bulk load is the slowest unit test step. */
    private static DataSource h2;

    @BeforeAll
    static void migrate() {
        h2 = h2("pittari_migrated");
        new SchemaMigrator(h2).migrate();
    }

    @Test
    void loadsAtLeast100000ProceduresOnH2() throws Exception {
        assertThat(count(h2, "SELECT COUNT(*) FROM pittari_procedure")).isGreaterThanOrEqualTo(100_000);
    }

    @Test
    void loadsEveryVendoredTemplateOnH2() throws Exception {
        assertThat(count(h2, "SELECT COUNT(*) FROM pittari_template"))
                .isEqualTo(TemplateCatalogue.load().size());
    }

    @Test
    void givesEveryTemplateItsEnglishTextsOnH2() throws Exception {
        assertThat(count(
                        h2,
                        "SELECT COUNT(*) FROM pittari_template WHERE name_en IS NOT NULL"
                                + " AND summary_en IS NOT NULL AND field_labels_en IS NOT NULL"
                                + " AND eligibility_en IS NOT NULL AND documents_en IS NOT NULL"
                                + " AND submit_to_en IS NOT NULL AND fee_en IS NOT NULL"))
                .isEqualTo(TemplateCatalogue.load().size());
    }

    static DataSource h2(String name) {
        JdbcDataSource dataSource = new JdbcDataSource();
        dataSource.setURL("jdbc:h2:mem:" + name + ";DB_CLOSE_DELAY=-1");
        return dataSource;
    }

    static long count(DataSource dataSource, String sql) throws SQLException {
        try (Connection connection = dataSource.getConnection();
                Statement statement = connection.createStatement();
                ResultSet rs = statement.executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        }
    }
}
