package jp.mynaportal.usage.chain;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import org.flywaydb.core.api.MigrationVersion;
import org.flywaydb.core.api.migration.Context;
import org.flywaydb.core.api.migration.JavaMigration;

/**
 * Flyway migration {@code V240}: the hash chain moves out of the entries into links that a sealer
 * writes seconds later, so that actions no longer take turns on the chain head. The existing
 * entries' positions and hashes become their links unchanged (the hashes stay valid); entries
 * gain a queue of those waiting to be sealed; the links are append-only like the entries. An
 * entry's result grows from 40 to 100 characters, so that a connected site's client id (up to 64)
 * fits.
 */
public class SealedChainMigration implements JavaMigration {

    @Override
    public MigrationVersion getVersion() {
        return MigrationVersion.fromVersion("240");
    }

    @Override
    public String getDescription() {
        return "usage log sealed by a sealer";
    }

    @Override
    public Integer getChecksum() {
        return 20261204;
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
            statement.execute("CREATE TABLE usage_log_link ("
                    + " chain_seq BIGINT NOT NULL PRIMARY KEY,"
                    + " entry_id BIGINT NOT NULL,"
                    + " previous_hash VARCHAR(64) NOT NULL,"
                    + " entry_hash VARCHAR(64) NOT NULL,"
                    + " CONSTRAINT usage_log_link_entry UNIQUE (entry_id))");
            statement.execute("INSERT INTO usage_log_link (chain_seq, entry_id, previous_hash, entry_hash)"
                    + " SELECT chain_seq, id, previous_hash, entry_hash FROM usage_log");
            statement.execute("CREATE TABLE usage_log_pending (entry_id BIGINT NOT NULL PRIMARY KEY)");
            statement.execute("ALTER TABLE usage_log DROP CONSTRAINT usage_log_chain_seq_unique");
            for (String column : new String[] {"chain_seq", "previous_hash", "entry_hash"}) {
                statement.execute("ALTER TABLE usage_log DROP COLUMN " + column);
            }
            // a result names a connected site by its client id (up to 64 characters): 40 cut it off
            statement.execute(
                    postgres
                            ? "ALTER TABLE usage_log ALTER COLUMN result TYPE VARCHAR(100)"
                            : "ALTER TABLE usage_log ALTER COLUMN result SET DATA TYPE VARCHAR(100)");
            AppendOnlyMigration.makeAppendOnly(statement, "usage_log_link", postgres);
        }
    }
}
