package jp.mynaportal.platform.schema;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class H2TemplateTest {

    @TempDir
    Path folder;

    @Test
    void aFileUrlNamesItsDatabaseFile() {
        assertThat(H2Template.databaseFile("jdbc:h2:file:/srv/portal/mynaportal;DB_CLOSE_ON_EXIT=FALSE"))
                .contains(Path.of("/srv/portal/mynaportal.mv.db"));
        assertThat(H2Template.databaseFile("jdbc:h2:./data/mynaportal")).contains(Path.of("./data/mynaportal.mv.db"));
        assertThat(H2Template.databaseFile("jdbc:h2:~/portal"))
                .contains(Path.of(System.getProperty("user.home") + "/portal.mv.db"));
    }

    @Test
    void inMemoryServerAndOtherUrlsHaveNoFile() {
        assertThat(H2Template.databaseFile("jdbc:h2:mem:shared;DB_CLOSE_DELAY=-1"))
                .isEmpty();
        assertThat(H2Template.databaseFile("jdbc:h2:tcp://localhost/~/portal")).isEmpty();
        assertThat(H2Template.databaseFile("jdbc:h2:zip:/data/portal.zip!/portal"))
                .isEmpty();
        assertThat(H2Template.databaseFile("jdbc:postgresql://127.0.0.1/test")).isEmpty();
    }

    @Test
    void aNewDatabaseStartsMigratedSoFlywayAppliesNothing() throws SQLException {
        String url = url("fresh");

        assertThat(H2Template.installIfAbsent(url, "sa", "")).isTrue();

        JdbcDataSource h2 = dataSource(url, "sa", "");
        assertThat(new SchemaMigrator(h2).migrate()).isZero();
        assertThat(count(h2, "SELECT COUNT(*) FROM postal_area")).isGreaterThan(100_000);
        assertThat(count(h2, "SELECT COUNT(*) FROM pittari_procedure")).isGreaterThan(100_000);
    }

    @Test
    void anExistingDatabaseIsLeftAsItIs() throws Exception {
        String url = url("existing");
        JdbcDataSource h2 = dataSource(url, "sa", "");
        try (Connection connection = h2.getConnection();
                Statement statement = connection.createStatement()) {
            statement.execute("CREATE TABLE marker (id INT)");
        }

        assertThat(H2Template.installIfAbsent(url, "sa", "")).isFalse();
        assertThat(count(h2, "SELECT COUNT(*) FROM INFORMATION_SCHEMA.TABLES WHERE TABLE_SCHEMA = 'PUBLIC'"))
                .isEqualTo(1);
    }

    @Test
    void theCopyBelongsToTheConfiguredUserAndPasswordOnly() throws SQLException {
        String url = url("handed-over");

        assertThat(H2Template.installIfAbsent(url, "portal", "s3cret'x")).isTrue();

        assertThat(count(dataSource(url, "portal", "s3cret'x"), "SELECT COUNT(*) FROM municipality"))
                .isGreaterThan(1_000);
        assertThatThrownBy(() -> dataSource(url, "sa", "").getConnection()).isInstanceOf(SQLException.class);
    }

    @Test
    void aNewPasswordForSaIsSetOnTheCopy() throws SQLException {
        String url = url("sa-with-password");

        assertThat(H2Template.installIfAbsent(url, "sa", "pw")).isTrue();

        assertThat(count(dataSource(url, "sa", "pw"), "SELECT COUNT(*) FROM municipality"))
                .isGreaterThan(1_000);
        assertThatThrownBy(() -> dataSource(url, "sa", "").getConnection()).isInstanceOf(SQLException.class);
    }

    @Test
    void inMemoryDatabasesGetNoTemplate() {
        assertThat(H2Template.installIfAbsent("jdbc:h2:mem:template_test;DB_CLOSE_DELAY=-1", "sa", ""))
                .isFalse();
    }

    private String url(String name) {
        return "jdbc:h2:file:" + folder.resolve(name).resolve("mynaportal") + ";DB_CLOSE_ON_EXIT=FALSE";
    }

    private static JdbcDataSource dataSource(String url, String user, String password) {
        JdbcDataSource h2 = new JdbcDataSource();
        h2.setURL(url);
        h2.setUser(user);
        h2.setPassword(password);
        return h2;
    }

    private static long count(JdbcDataSource h2, String sql) throws SQLException {
        try (Connection connection = h2.getConnection();
                Statement statement = connection.createStatement();
                ResultSet rs = statement.executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        }
    }
}
