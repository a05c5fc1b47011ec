package jp.mynaportal.platform.schema;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import javax.sql.DataSource;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The migrations from V31 on over rows a database at V30 holds: an application stored with a
 * foreign key to a ぴったりサービス procedure keeps its procedure as function {@code pittari} and
 * the id in text (V40); a notice about an application stays about it (V41).
 */
class MigrationsOverEarlierRowsTest {

    private static DataSource database;
    private static long procedureId;

    @BeforeAll
    static void applicationOfTheEarlierSchema() throws SQLException {
        JdbcDataSource h2 = new JdbcDataSource();
        h2.setURL("jdbc:h2:mem:application_migration;DB_CLOSE_DELAY=-1");
        database = h2;
        SchemaMigrator migrator = new SchemaMigrator(database);
        migrator.migrateTo("30");
        try (Connection c = database.getConnection();
                Statement s = c.createStatement()) {
            procedureId = single(s, "SELECT MIN(id) FROM pittari_procedure");
            s.executeUpdate("INSERT INTO pittari_application (id, resident_id, procedure_id, lg_code, status,"
                    + " form_data, created_at, updated_at, version) VALUES (7, 'R-1', " + procedureId
                    + ", '131016', 'RECEIVED', '{}', CURRENT_TIMESTAMP, CURRENT_TIMESTAMP, 1)");
            s.executeUpdate("INSERT INTO notice (id, resident_id, kind, parameters, application_id, created_at)"
                    + " VALUES (3, 'R-1', 'APPLICATION_RECEIVED', 'x', 7, CURRENT_TIMESTAMP)");
            s.executeUpdate("INSERT INTO notice (id, resident_id, kind, parameters, created_at)"
                    + " VALUES (4, 'R-1', 'APPLICATION_RECEIVED', 'x', CURRENT_TIMESTAMP)");
        }
        migrator.migrate();
    }

    @Test
    void existingApplicationNamesItsPittariProcedure() throws SQLException {
        try (Connection c = database.getConnection();
                Statement s = c.createStatement();
                ResultSet r = s.executeQuery(
                        "SELECT procedure_function, procedure_key FROM pittari_application WHERE id = 7")) {
            assertThat(r.next()).isTrue();
            assertThat(r.getString(1)).isEqualTo("pittari");
            assertThat(r.getString(2)).isEqualTo(Long.toString(procedureId));
        }
    }

    @Test
    void applicationNoLongerNeedsARowOfThePittariCatalogue() throws SQLException {
        try (Connection c = database.getConnection();
                Statement s = c.createStatement()) {
            s.executeUpdate("INSERT INTO pittari_application (id, resident_id, procedure_function, procedure_key,"
                    + " lg_code, status, form_data, created_at, updated_at, version) VALUES (8, 'R-1', 'insurance',"
                    + " 'registration', '131016', 'DRAFT', '{}', CURRENT_TIMESTAMP, CURRENT_TIMESTAMP, 1)");

            assertThat(single(s, "SELECT COUNT(*) FROM pittari_application WHERE procedure_function = 'insurance'"))
                    .isEqualTo(1);
        }
    }

    @Test
    void noticeAboutAnApplicationStaysAboutIt() throws SQLException {
        try (Connection c = database.getConnection();
                Statement s = c.createStatement();
                ResultSet r = s.executeQuery("SELECT about_function, about_key FROM notice WHERE id = 3")) {
            assertThat(r.next()).isTrue();
            assertThat(r.getString(1)).isEqualTo("application");
            assertThat(r.getString(2)).isEqualTo("7");
        }
    }

    @Test
    void noticeAboutNothingStaysAboutNothing() throws SQLException {
        try (Connection c = database.getConnection();
                Statement s = c.createStatement()) {
            assertThat(single(s, "SELECT COUNT(*) FROM notice WHERE id = 4 AND about_function IS NULL"))
                    .isEqualTo(1);
        }
    }

    private static long single(Statement s, String query) throws SQLException {
        try (ResultSet r = s.executeQuery(query)) {
            r.next();
            return r.getLong(1);
        }
    }
}
