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
 * The data source reads its URL from configuration (see {@code DatabaseSettings}).
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
        transactional = true)
public class SchemaStartup {

    public static final String DATA_SOURCE = "java:app/jdbc/mynaportal";

    @Resource(lookup = DATA_SOURCE)
    private DataSource dataSource;

    @PostConstruct
    void migrate() {
        new SchemaMigrator(dataSource).migrate();
    }
}
