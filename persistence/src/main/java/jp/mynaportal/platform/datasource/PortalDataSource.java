package jp.mynaportal.platform.datasource;

import java.io.PrintWriter;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.SQLFeatureNotSupportedException;
import java.util.List;
import java.util.Optional;
import java.util.Properties;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.logging.Logger;
import javax.sql.DataSource;
import jp.mynaportal.platform.PortalProfile;
import jp.mynaportal.platform.StartupRequirements;
import jp.mynaportal.platform.schema.H2Template;
import org.h2.jdbcx.JdbcDataSource;
import org.postgresql.Driver;
import org.postgresql.ds.PGSimpleDataSource;

/**
 * The driver data source behind the container's connection pool ({@code java:app/jdbc/mynaportal}).
 * It reads {@link DatabaseSettings} once and opens connections with the H2 or PostgreSQL driver
 * that the URL names; pooling and transactions stay with the container.
 */
public class PortalDataSource implements DataSource {

    private static final Logger LOG = Logger.getLogger(PortalDataSource.class.getName());
    private static final AtomicBoolean REFUSAL_LOGGED = new AtomicBoolean();

    /** How long opening a PostgreSQL connection may take. */
    static final int CONNECT_TIMEOUT_SECONDS = 5;

    /**
     * How long a PostgreSQL connection waits for an answer before it is given up as dead; longer
     * than the pool's statement timeout, so that only a lost server reaches it.
     */
    static final int SOCKET_TIMEOUT_SECONDS = 90;

    private volatile DataSource driver;
    private PrintWriter logWriter;
    private int loginTimeout;

    private DataSource driver() throws SQLException {
        DataSource current = driver;
        if (current == null) {
            synchronized (this) {
                current = driver;
                if (current == null) {
                    refuseUnsafeConfiguration();
                    DatabaseSettings settings = DatabaseSettings.fromConfig();
                    LOG.info(() -> "Database: " + settings);
                    current = open(settings);
                    driver = current;
                }
            }
        }
        return current;
    }

    /**
     * Outside the demo profile, refuses the first connection (which the container opens while it
     * deploys the portal, before any of the portal's own code runs) when a trust anchor or the
     * database credentials are missing: one log line per missing key, and an exception without a
     * stack trace of its own, so the deployment stops and the lines say why. The demo is logged
     * as such.
     */
    private static void refuseUnsafeConfiguration() throws SQLException {
        if (PortalProfile.fromConfig().demo()) {
            LOG.warning("mynaportal.profile=demo: demo residents with published passwords and a development PKI;"
                    + " never use this profile for real residents");
            return;
        }
        List<String> unmet = StartupRequirements.unmetFromConfig();
        if (unmet.isEmpty()) {
            return;
        }
        if (REFUSAL_LOGGED.compareAndSet(false, true)) {
            for (String requirement : unmet) {
                LOG.severe(() -> "Mynaportal refuses to start: " + requirement);
            }
        }
        throw new RefusedConnection("Mynaportal refuses to start without its production settings ("
                + String.join("; ", unmet) + "); set them, or ask for the demo with mynaportal.profile=demo");
    }

    /** The refusal: its message says everything, a stack trace would only bury it. */
    private static final class RefusedConnection extends SQLException {

        private static final long serialVersionUID = 1L;

        RefusedConnection(String message) {
            super(message);
        }

        @Override
        public synchronized Throwable fillInStackTrace() {
            return this;
        }
    }

    static DataSource open(DatabaseSettings settings) {
        if (settings.isPostgres()) {
            PGSimpleDataSource pg = new PGSimpleDataSource();
            pg.setUrl(settings.url());
            // bounded waits when the database server is gone; parameters in the URL win
            Properties inUrl =
                    Optional.ofNullable(Driver.parseURL(settings.url(), null)).orElseGet(Properties::new);
            if (!inUrl.containsKey("connectTimeout")) {
                pg.setConnectTimeout(CONNECT_TIMEOUT_SECONDS);
            }
            if (!inUrl.containsKey("loginTimeout")) {
                pg.setLoginTimeout(CONNECT_TIMEOUT_SECONDS);
            }
            if (!inUrl.containsKey("socketTimeout")) {
                pg.setSocketTimeout(SOCKET_TIMEOUT_SECONDS);
            }
            if (!inUrl.containsKey("tcpKeepAlive")) {
                pg.setTcpKeepAlive(true);
            }
            // EclipseLink's batches of equal INSERTs (persistence.xml) become multi-row INSERTs
            if (!inUrl.containsKey("reWriteBatchedInserts")) {
                pg.setReWriteBatchedInserts(true);
            }
            pg.setUser(settings.user());
            pg.setPassword(settings.password());
            return pg;
        }
        if (settings.url().startsWith("jdbc:h2:")) {
            H2Template.installIfAbsent(settings.url(), settings.user(), settings.password());
            JdbcDataSource h2 = new JdbcDataSource();
            h2.setURL(settings.url());
            h2.setUser(settings.user());
            h2.setPassword(settings.password());
            return h2;
        }
        throw new IllegalStateException("Unsupported database URL (use jdbc:h2: or jdbc:postgresql:): "
                + settings.url().split(":", 3)[1]);
    }

    @Override
    public Connection getConnection() throws SQLException {
        return driver().getConnection();
    }

    /** The pool may pass its own (empty) credentials; the configured ones always win. */
    @Override
    public Connection getConnection(String username, String password) throws SQLException {
        return driver().getConnection();
    }

    @Override
    public PrintWriter getLogWriter() {
        return logWriter;
    }

    @Override
    public void setLogWriter(PrintWriter out) {
        this.logWriter = out;
    }

    @Override
    public void setLoginTimeout(int seconds) {
        this.loginTimeout = seconds;
    }

    @Override
    public int getLoginTimeout() {
        return loginTimeout;
    }

    @Override
    public Logger getParentLogger() throws SQLFeatureNotSupportedException {
        return LOG;
    }

    @Override
    public <T> T unwrap(Class<T> iface) throws SQLException {
        if (iface.isInstance(this)) {
            return iface.cast(this);
        }
        throw new SQLException("Not a wrapper of " + iface.getName());
    }

    @Override
    public boolean isWrapperFor(Class<?> iface) {
        return iface.isInstance(this);
    }
}
