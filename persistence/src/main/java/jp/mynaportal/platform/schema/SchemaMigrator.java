package jp.mynaportal.platform.schema;

import java.util.Objects;
import java.util.logging.Logger;
import javax.sql.DataSource;
import jp.mynaportal.municipality.loader.ReferenceDataMigration;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.output.MigrateResult;

/**
 * Brings a database to the current schema with Flyway: the SQL migrations under
 * {@code db/migration} and the Java migrations listed here. EclipseLink never generates DDL.
 */
public final class SchemaMigrator {

    private static final Logger LOG = Logger.getLogger(SchemaMigrator.class.getName());

    private final DataSource dataSource;

    public SchemaMigrator(DataSource dataSource) {
        this.dataSource = Objects.requireNonNull(dataSource, "dataSource");
    }

    /** Applies the pending migrations and returns how many ran. */
    public int migrate() {
        Flyway flyway = Flyway.configure(SchemaMigrator.class.getClassLoader())
                .dataSource(dataSource)
                .locations("classpath:db/migration")
                .javaMigrations(
                        new ReferenceDataMigration(),
                        new jp.mynaportal.pittari.loader.PittariCatalogueMigration(),
                        new jp.mynaportal.pittari.loader.PittariEnglishTextsMigration())
                .failOnMissingLocations(true)
                .load();
        MigrateResult result = flyway.migrate();
        LOG.info(() -> "Schema at version " + result.targetSchemaVersion + " (" + result.migrationsExecuted
                + " migrations applied now)");
        return result.migrationsExecuted;
    }
}
