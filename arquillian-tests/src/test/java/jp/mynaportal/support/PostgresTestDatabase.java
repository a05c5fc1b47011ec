package jp.mynaportal.support;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * A PostgreSQL database of the tests, dropped and created again so that every
 * run starts empty and the Flyway migrations run from the beginning. The server comes from
 * {@code mynaportal.test.pg.url} (the maintenance database) and {@code mynaportal.test.pg.user}.
 */
public final class PostgresTestDatabase {

    private final String name;
    private final String serverUrl;
    private final String user;

    private PostgresTestDatabase(String name) {
        this.name = name;
        this.serverUrl = System.getProperty("mynaportal.test.pg.url", "jdbc:postgresql://127.0.0.1:5432/test");
        this.user = System.getProperty("mynaportal.test.pg.user", "postgres");
    }

    /** Drops the database {@code name} if it exists and creates it empty. */
    public static PostgresTestDatabase recreate(String name) {
        if (!name.matches("[a-z_]+")) {
            throw new IllegalArgumentException("Test database names are lower-case letters and underscores");
        }
        PostgresTestDatabase database = new PostgresTestDatabase(name + suffix());
        try (Connection connection = DriverManager.getConnection(database.serverUrl, database.user, "");
                Statement statement = connection.createStatement()) {
            statement.execute("DROP DATABASE IF EXISTS " + database.name + " WITH (FORCE)");
            statement.execute("CREATE DATABASE " + database.name);
        } catch (SQLException e) {
            throw new IllegalStateException(
                    "PostgreSQL is needed for this test (" + database.serverUrl + "): " + e.getMessage(), e);
        }
        return database;
    }

    /**
     * What {@code mynaportal.test.pg.suffix} adds to every database name, so that two checkouts can
     * run their PostgreSQL tests on one server at the same time.
     */
    private static String suffix() {
        String suffix = System.getProperty("mynaportal.test.pg.suffix", "");
        if (!suffix.matches("[a-z_]*")) {
            throw new IllegalArgumentException("mynaportal.test.pg.suffix is lower-case letters and underscores");
        }
        return suffix;
    }

    public String url() {
        int slash = serverUrl.lastIndexOf('/');
        return serverUrl.substring(0, slash + 1) + name;
    }

    public String user() {
        return user;
    }
}
