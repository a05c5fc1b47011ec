package jp.mynaportal.usage.chain;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import org.flywaydb.core.api.MigrationVersion;
import org.flywaydb.core.api.migration.Context;
import org.flywaydb.core.api.migration.JavaMigration;

/**
 * Flyway migration {@code V38}: the usage log and its checkpoints refuse UPDATE and DELETE (and on
 * PostgreSQL TRUNCATE) by trigger, whoever the database user is; a Java trigger on H2, a PL/pgSQL
 * one on PostgreSQL. Someone who drops the trigger can still change rows; the hash chain and the
 * signed checkpoints are what detect that.
 */
public class AppendOnlyMigration implements JavaMigration {

    static final String[] TABLES = {"usage_log", "usage_log_checkpoint"};

    @Override
    public MigrationVersion getVersion() {
        return MigrationVersion.fromVersion("38");
    }

    @Override
    public String getDescription() {
        return "usage log append-only triggers";
    }

    @Override
    public Integer getChecksum() {
        return 20261202;
    }

    @Override
    public boolean canExecuteInTransaction() {
        return true;
    }

    @Override
    public void migrate(Context context) throws SQLException {
        Connection connection = context.getConnection();
        boolean postgres =
                connection.getMetaData().getDatabaseProductName().toLowerCase().contains("postgres");
        try (Statement statement = connection.createStatement()) {
            if (postgres) {
                statement.execute("CREATE FUNCTION usage_log_refuse_change() RETURNS trigger LANGUAGE plpgsql AS $$"
                        + " BEGIN RAISE EXCEPTION '% is append-only: rows are never changed or deleted', TG_TABLE_NAME"
                        + " USING ERRCODE = 'insufficient_privilege'; END $$");
            }
            for (String table : TABLES) {
                makeAppendOnly(statement, table, postgres);
            }
        }
    }

    /**
     * Makes {@code table} refuse UPDATE and DELETE, and on PostgreSQL TRUNCATE (whose function this
     * migration creates first).
     */
    static void makeAppendOnly(Statement statement, String table, boolean postgres) throws SQLException {
        statement.execute(postgres ? postgresTrigger(table) : h2Trigger(table));
        if (postgres) {
            statement.execute("CREATE TRIGGER " + table + "_no_truncate BEFORE TRUNCATE ON " + table
                    + " FOR EACH STATEMENT EXECUTE FUNCTION usage_log_refuse_change()");
        }
    }

    /** The H2 statement that makes {@code table} append-only. */
    public static String h2Trigger(String table) {
        return "CREATE TRIGGER " + table + "_append_only BEFORE UPDATE, DELETE ON " + table + " FOR EACH ROW CALL '"
                + AppendOnlyTrigger.class.getName() + "'";
    }

    /** The PostgreSQL statement that makes {@code table} append-only (after the function exists). */
    public static String postgresTrigger(String table) {
        return "CREATE TRIGGER " + table + "_append_only BEFORE UPDATE OR DELETE ON " + table
                + " FOR EACH ROW EXECUTE FUNCTION usage_log_refuse_change()";
    }
}
