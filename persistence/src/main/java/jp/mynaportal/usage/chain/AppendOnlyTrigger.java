package jp.mynaportal.usage.chain;

import java.sql.Connection;
import java.sql.SQLException;
import org.h2.api.Trigger;

/**
 * The H2 trigger on the usage-log tables that refuses every UPDATE and DELETE (PostgreSQL has a
 * PL/pgSQL trigger for the same, see {@link AppendOnlyMigration}).
 */
public class AppendOnlyTrigger implements Trigger {

    private String table;

    @Override
    public void init(Connection connection, String schema, String trigger, String table, boolean before, int type) {
        this.table = table;
    }

    @Override
    public void fire(Connection connection, Object[] oldRow, Object[] newRow) throws SQLException {
        throw new SQLException(table + " is append-only: rows are never changed or deleted", "42501");
    }
}
