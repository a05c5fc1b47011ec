package jp.mynaportal.platform;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.annotation.sql.DataSourceDefinition;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionManagement;
import jakarta.ejb.TransactionManagementType;
import java.util.List;
import java.util.logging.Logger;
import javax.sql.DataSource;
import jp.mynaportal.platform.schema.SchemaMigrator;

/**
 * Migrates the database when the application starts, before any request is served.
 * The data source reads its URL from configuration (see {@code DatabaseSettings}).
 */
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

    private static final Logger LOG = Logger.getLogger(SchemaStartup.class.getName());

    @Resource(lookup = DATA_SOURCE)
    private DataSource dataSource;

    @PostConstruct
    void migrate() {
        refuseUnsafeConfiguration();
        new SchemaMigrator(dataSource).migrate();
    }

    /**
     * Outside the demo profile, stops the deployment before it touches the database when a trust
     * anchor or the database credentials are missing: one log line per missing key, then an
     * exception without a stack trace for the container's deployment report.
     */
    private static void refuseUnsafeConfiguration() {
        if (PortalProfile.fromConfig().demo()) {
            LOG.warning("mynaportal.profile=demo: demo residents with published passwords and a development PKI;"
                    + " never use this profile for real residents");
            return;
        }
        List<String> unmet = StartupRequirements.unmetFromConfig();
        for (String requirement : unmet) {
            LOG.severe(() -> "Mynaportal refuses to start: " + requirement);
        }
        if (!unmet.isEmpty()) {
            throw new UnsafeConfigurationException(unmet);
        }
    }
}
