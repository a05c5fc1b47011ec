package jp.mynaportal.platform;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.sql.DataSourceDefinition;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionManagement;
import jakarta.ejb.TransactionManagementType;
import javax.sql.DataSource;
import jp.mynaportal.platform.schema.SchemaMigrator;

/**
 * Migrates the database when the application starts, before any request is served.
 * The data source reads its URL from configuration (see {@code DatabaseSettings}); its pool
 * validates every connection before handing it out and replaces them all when the database has
 * gone away, so that the portal recovers by itself once the database is back.
 */
@PermitAll
@Singleton
@Startup
@TransactionManagement(TransactionManagementType.BEAN)
@DataSourceDefinition(
        name = SchemaStartup.DATA_SOURCE,
        className = "jp.mynaportal.platform.datasource.PortalDataSource",
        minPoolSize = 1,
        maxPoolSize = 32,
        transactional = true,
        loginTimeout = SchemaStartup.CONNECT_TIMEOUT_SECONDS,
        properties = {
            // a connection is checked (Connection.isValid) before it is handed out; when one is
            // dead (the database restarted), every pooled connection is dropped and new ones opened
            "fish.payara.is-connection-validation-required=true",
            "fish.payara.connection-validation-method=custom-validation",
            "fish.payara.validation-classname=org.glassfish.api.jdbc.validation.JDBC40ConnectionValidation",
            "fish.payara.fail-all-connections=true",
            "fish.payara.connection-creation-retry-attempts=0",
            // a request waits a bounded time for a connection and for a statement
            "fish.payara.max-wait-time-in-millis=5000",
            "fish.payara.statement-timeout-in-seconds=" + SchemaStartup.STATEMENT_TIMEOUT_SECONDS
        })
public class SchemaStartup {

    public static final String DATA_SOURCE = "java:app/jdbc/mynaportal";

    /** How long opening a database connection may take. */
    static final int CONNECT_TIMEOUT_SECONDS = 5;

    /** How long one SQL statement may run. */
    static final int STATEMENT_TIMEOUT_SECONDS = 60;

    @Resource(lookup = DATA_SOURCE)
    private DataSource dataSource;

    @PostConstruct
    void migrate() {
        new SchemaMigrator(dataSource).migrate();
    }
}
