package jp.mynaportal.usage.chain;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.OffsetDateTime;
import org.flywaydb.core.api.MigrationVersion;
import org.flywaydb.core.api.migration.Context;
import org.flywaydb.core.api.migration.JavaMigration;

/**
 * Flyway migration {@code V37}: gives the usage-log rows that exist a chain, in the order they
 * happened (time, then id), sets the chain head to the last of them, and then requires a position
 * and hashes on every row.
 */
public class ChainExistingEntriesMigration implements JavaMigration {

    @Override
    public MigrationVersion getVersion() {
        return MigrationVersion.fromVersion("37");
    }

    @Override
    public String getDescription() {
        return "chain existing usage log entries";
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
        long seq = 0;
        String previous = EntryHash.GENESIS;
        try (Statement select = connection.createStatement();
                ResultSet rows = select.executeQuery(
                        "SELECT id, occurred_at, resident_id, actor_id, actor_org, action, result, terminal, purpose"
                                + " FROM usage_log ORDER BY occurred_at, id");
                PreparedStatement update = connection.prepareStatement(
                        "UPDATE usage_log SET chain_seq = ?, previous_hash = ?, entry_hash = ? WHERE id = ?")) {
            while (rows.next()) {
                seq++;
                String hash = EntryHash.of(
                        seq,
                        previous,
                        rows.getObject(2, OffsetDateTime.class).toInstant(),
                        rows.getString(3),
                        rows.getString(4),
                        rows.getString(5),
                        rows.getString(6),
                        rows.getString(7),
                        rows.getString(8),
                        rows.getString(9));
                update.setLong(1, seq);
                update.setString(2, previous);
                update.setString(3, hash);
                update.setLong(4, rows.getLong(1));
                update.addBatch();
                previous = hash;
                if (seq % 1000 == 0) {
                    update.executeBatch();
                }
            }
            update.executeBatch();
        }
        try (PreparedStatement head =
                connection.prepareStatement("INSERT INTO usage_log_head (id, last_seq, last_hash) VALUES (1, ?, ?)")) {
            head.setLong(1, seq);
            head.setString(2, previous);
            head.executeUpdate();
        }
        try (Statement statement = connection.createStatement()) {
            for (String column : new String[] {"chain_seq", "previous_hash", "entry_hash"}) {
                statement.execute("ALTER TABLE usage_log ALTER COLUMN " + column + " SET NOT NULL");
            }
            statement.execute("ALTER TABLE usage_log ADD CONSTRAINT usage_log_chain_seq_unique UNIQUE (chain_seq)");
        }
    }
}
