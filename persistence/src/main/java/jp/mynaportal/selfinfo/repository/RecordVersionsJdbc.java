package jp.mynaportal.selfinfo.repository;

import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Types;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.List;
import jp.mynaportal.selfinfo.model.InfoRecord;
import jp.mynaportal.selfinfo.model.RecordValue;

/**
 * The agencies' batch upload on the transaction's own JDBC connection, beside EclipseLink's unit of
 * work: the current versions of a batch's record ids read with their values in one query per 500
 * ids, and the new versions, their values and the superseded marks written as three JDBC batches
 * (multi-row INSERTs on PostgreSQL, whose connections rewrite batched INSERTs), with ids taken from
 * {@code selfinfo_record_seq} in blocks of {@link InfoRecord#ID_ALLOCATION} as EclipseLink takes
 * them (one query a batch). The rows are the ones the entities map to; nothing is cached.
 */
final class RecordVersionsJdbc {

    /** The most ids in one IN list. */
    private static final int CHUNK = 500;

    private static final String CURRENT = "SELECT r.id, r.agency_record_id, r.resident_id, r.item_code, r.version,"
            + " r.valid_from, r.valid_to, r.recorded_at, v.attribute, v.text_value, v.integer_value,"
            + " v.decimal_value, v.date_value, v.boolean_value"
            + " FROM selfinfo_record r LEFT JOIN selfinfo_value v ON v.record_id = r.id"
            + " WHERE r.agency_code = ? AND r.superseded_at IS NULL AND r.agency_record_id IN (%s)"
            + " ORDER BY r.id";

    private static final String INSERT_RECORD = "INSERT INTO selfinfo_record (id, resident_id, item_code,"
            + " agency_code, agency_record_id, version, valid_from, valid_to, recorded_at)"
            + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)";

    private static final String INSERT_VALUE = "INSERT INTO selfinfo_value (record_id, attribute, text_value,"
            + " integer_value, decimal_value, date_value, boolean_value) VALUES (?, ?, ?, ?, ?, ?, ?)";

    private static final String SUPERSEDE =
            "UPDATE selfinfo_record SET superseded_at = ? WHERE id = ? AND superseded_at IS NULL";

    private static final String IDS_POSTGRES = "SELECT nextval('selfinfo_record_seq') FROM generate_series(1, ?)";

    private static final String IDS_H2 = "SELECT NEXT VALUE FOR selfinfo_record_seq FROM SYSTEM_RANGE(1, ?)";

    private final Connection connection;

    RecordVersionsJdbc(Connection connection) {
        this.connection = connection;
    }

    /** The current versions of the agency's records with these ids, not managed. */
    List<InfoRecord> current(String agencyCode, Collection<String> agencyRecordIds) throws SQLException {
        List<String> ids = List.copyOf(agencyRecordIds);
        List<InfoRecord> found = new ArrayList<>();
        for (int from = 0; from < ids.size(); from += CHUNK) {
            List<String> chunk = ids.subList(from, Math.min(ids.size(), from + CHUNK));
            String sql = String.format(CURRENT, String.join(", ", Collections.nCopies(chunk.size(), "?")));
            try (PreparedStatement query = connection.prepareStatement(sql)) {
                query.setString(1, agencyCode);
                for (int i = 0; i < chunk.size(); i++) {
                    query.setString(2 + i, chunk.get(i));
                }
                try (ResultSet rows = query.executeQuery()) {
                    readVersions(rows, agencyCode, found);
                }
            }
        }
        return found;
    }

    private static void readVersions(ResultSet rows, String agencyCode, List<InfoRecord> into) throws SQLException {
        boolean more = rows.next();
        while (more) {
            long id = rows.getLong(1);
            String recordId = rows.getString(2);
            String residentId = rows.getString(3);
            String itemCode = rows.getString(4);
            int version = rows.getInt(5);
            LocalDate validFrom = rows.getObject(6, LocalDate.class);
            LocalDate validTo = rows.getObject(7, LocalDate.class);
            Instant recordedAt = rows.getObject(8, OffsetDateTime.class).toInstant();
            List<RecordValue> values = new ArrayList<>();
            do {
                String attribute = rows.getString(9);
                if (attribute != null) {
                    values.add(value(rows, attribute));
                }
                more = rows.next();
            } while (more && rows.getLong(1) == id);
            into.add(InfoRecord.stored(
                    id, residentId, itemCode, agencyCode, recordId, version, validFrom, validTo, recordedAt, values));
        }
    }

    private static RecordValue value(ResultSet rows, String attribute) throws SQLException {
        String text = rows.getString(10);
        if (text != null) {
            return RecordValue.text(attribute, text);
        }
        long integer = rows.getLong(11);
        if (!rows.wasNull()) {
            return RecordValue.integer(attribute, integer);
        }
        BigDecimal decimal = rows.getBigDecimal(12);
        if (decimal != null) {
            return RecordValue.decimal(attribute, decimal);
        }
        LocalDate date = rows.getObject(13, LocalDate.class);
        if (date != null) {
            return RecordValue.date(attribute, date);
        }
        boolean yes = rows.getBoolean(14);
        if (rows.wasNull()) {
            throw new IllegalStateException("A value of no type: " + attribute);
        }
        return RecordValue.bool(attribute, yes);
    }

    /**
     * Inserts the new versions with their values, then marks the versions they replace superseded;
     * fails (and so fails the transaction) when another transaction marked one of them first.
     */
    void write(List<InfoRecord> versions, List<InfoRecord> superseded) throws SQLException {
        if (!versions.isEmpty()) {
            long[] ids = ids(versions.size());
            insertRecords(versions, ids);
            insertValues(versions, ids);
        }
        if (!superseded.isEmpty()) {
            supersede(superseded);
        }
    }

    private long[] ids(int count) throws SQLException {
        int blocks = (count + InfoRecord.ID_ALLOCATION - 1) / InfoRecord.ID_ALLOCATION;
        long[] ids = new long[count];
        String sql = isPostgres() ? IDS_POSTGRES : IDS_H2;
        try (PreparedStatement query = connection.prepareStatement(sql)) {
            query.setInt(1, blocks);
            try (ResultSet rows = query.executeQuery()) {
                int next = 0;
                while (rows.next() && next < count) {
                    long last = rows.getLong(1);
                    for (long id = last - InfoRecord.ID_ALLOCATION + 1; id <= last && next < count; id++) {
                        ids[next++] = id;
                    }
                }
                if (next < count) {
                    throw new IllegalStateException("selfinfo_record_seq handed out too few ids");
                }
            }
        }
        return ids;
    }

    private boolean isPostgres() throws SQLException {
        return connection.getMetaData().getDatabaseProductName().startsWith("PostgreSQL");
    }

    private void insertRecords(List<InfoRecord> versions, long[] ids) throws SQLException {
        try (PreparedStatement insert = connection.prepareStatement(INSERT_RECORD)) {
            for (int i = 0; i < versions.size(); i++) {
                InfoRecord record = versions.get(i);
                insert.setLong(1, ids[i]);
                insert.setString(2, record.getResidentId());
                insert.setString(3, record.getItemCode());
                insert.setString(4, record.getAgencyCode());
                insert.setString(5, record.getAgencyRecordId());
                insert.setInt(6, record.getVersion());
                insert.setObject(7, record.getValidFrom());
                if (record.getValidTo() == null) {
                    insert.setNull(8, Types.DATE);
                } else {
                    insert.setObject(8, record.getValidTo());
                }
                insert.setObject(9, utc(record.getRecordedAt()));
                insert.addBatch();
            }
            insert.executeBatch();
        }
    }

    private void insertValues(List<InfoRecord> versions, long[] ids) throws SQLException {
        try (PreparedStatement insert = connection.prepareStatement(INSERT_VALUE)) {
            int rows = 0;
            for (int i = 0; i < versions.size(); i++) {
                for (RecordValue value : versions.get(i).getValues()) {
                    insert.setLong(1, ids[i]);
                    insert.setString(2, value.getAttribute());
                    bind(insert, value.getValue());
                    insert.addBatch();
                    rows++;
                }
            }
            if (rows > 0) {
                insert.executeBatch();
            }
        }
    }

    /** The value into its typed column (3 to 7), the other four NULL. */
    private static void bind(PreparedStatement insert, Object value) throws SQLException {
        if (value instanceof String text) {
            insert.setString(3, text);
        } else {
            insert.setNull(3, Types.VARCHAR);
        }
        if (value instanceof Long integer) {
            insert.setLong(4, integer);
        } else {
            insert.setNull(4, Types.BIGINT);
        }
        if (value instanceof BigDecimal decimal) {
            insert.setBigDecimal(5, decimal);
        } else {
            insert.setNull(5, Types.NUMERIC);
        }
        if (value instanceof LocalDate date) {
            insert.setObject(6, date);
        } else {
            insert.setNull(6, Types.DATE);
        }
        if (value instanceof Boolean yes) {
            insert.setBoolean(7, yes);
        } else {
            insert.setNull(7, Types.BOOLEAN);
        }
    }

    private void supersede(List<InfoRecord> superseded) throws SQLException {
        try (PreparedStatement update = connection.prepareStatement(SUPERSEDE)) {
            for (InfoRecord record : superseded) {
                update.setObject(1, utc(record.getSupersededAt()));
                update.setLong(2, record.getId());
                update.addBatch();
            }
            for (int count : update.executeBatch()) {
                if (count != 1 && count != Statement.SUCCESS_NO_INFO) {
                    throw new IllegalStateException("A version was corrected by another transaction first");
                }
            }
        }
    }

    private static OffsetDateTime utc(Instant instant) {
        return instant.atOffset(ZoneOffset.UTC);
    }
}
