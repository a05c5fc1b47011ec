package jp.mynaportal.pittari.loader;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import javax.sql.DataSource;
import jp.mynaportal.platform.schema.H2Template;
import jp.mynaportal.platform.schema.SchemaMigrator;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The real Flyway migrations on H2, as the build ran them to make the H2 template ({@code
 * H2TemplateBuild}): a copy of it, which Flyway finds complete ({@link PittariMigrationPostgresIT}
 * compares it with PostgreSQL).
 */
class PittariMigrationTest {

    /** One migrated database for every test here. */
    private static DataSource h2;

    @BeforeAll
    static void migrate() throws IOException {
        h2 = migratedH2("pittari_migrated");
    }

    @Test
    void leavesNoMigrationForAFirstStart() {
        assertThat(new SchemaMigrator(h2).migrate()).isZero();
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

    /** A new H2 file database in {@code target/}, a copy of the build's migrated template. */
    static DataSource migratedH2(String name) throws IOException {
        Path folder = Files.createTempDirectory(Files.createDirectories(Path.of("target")), name)
                .toAbsolutePath();
        String url = "jdbc:h2:file:" + folder.resolve("mynaportal") + ";DB_CLOSE_ON_EXIT=FALSE";
        assertThat(H2Template.installIfAbsent(url, "sa", ""))
                .as("the build's H2 template (" + H2Template.RESOURCE + ")")
                .isTrue();
        JdbcDataSource dataSource = new JdbcDataSource();
        dataSource.setURL(url);
        dataSource.setUser("sa");
        dataSource.setPassword("");
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
