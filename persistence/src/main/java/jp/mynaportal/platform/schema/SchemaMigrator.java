package jp.mynaportal.platform.schema;

import java.util.Objects;
import java.util.ServiceLoader;
import java.util.logging.Logger;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.MigrationVersion;
import org.flywaydb.core.api.migration.JavaMigration;
import org.flywaydb.core.api.output.MigrateResult;

/**
 * Brings a database to the current schema with Flyway: the SQL migrations under
 * {@code db/migration} and the Java migrations the modules list as services. EclipseLink never
 * generates DDL.
 */
public final class SchemaMigrator {

    private static final Logger LOG = Logger.getLogger(SchemaMigrator.class.getName());

    private final DataSource dataSource;

    public SchemaMigrator(DataSource dataSource) {
        this.dataSource = Objects.requireNonNull(dataSource, "dataSource");
    }

    /** Applies the pending migrations and returns how many ran. */
    public int migrate() {
        return migrate(MigrationVersion.LATEST);
    }

    /**
     * Applies the pending migrations up to and including {@code version} (e.g. {@code "30"}), as a
     * database of an earlier release has them; for tests of a migration over existing rows.
     */
    public int migrateTo(String version) {
        return migrate(MigrationVersion.fromVersion(version));
    }

    /**
     * The functions' Java migrations (reference data, catalogues), each listed in
     * {@code META-INF/services/org.flywaydb.core.api.migration.JavaMigration} of its module, so
     * that the schema plumbing names no function.
     */
    private static JavaMigration[] javaMigrations() {
        return ServiceLoader.load(JavaMigration.class, SchemaMigrator.class.getClassLoader()).stream()
                .map(ServiceLoader.Provider::get)
                .toArray(JavaMigration[]::new);
    }

    private int migrate(MigrationVersion target) {
        Flyway flyway = Flyway.configure(SchemaMigrator.class.getClassLoader())
                .dataSource(dataSource)
                .locations("classpath:db/migration")
                .javaMigrations(javaMigrations())
                .failOnMissingLocations(true)
                .target(target)
                .load();
        MigrateResult result = flyway.migrate();
        LOG.info(() -> "Schema at version " + result.targetSchemaVersion + " (" + result.migrationsExecuted
                + " migrations applied now)");
        return result.migrationsExecuted;
    }
}
