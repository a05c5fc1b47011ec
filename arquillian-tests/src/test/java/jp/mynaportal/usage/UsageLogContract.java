package jp.mynaportal.usage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.enterprise.inject.spi.CDI;
import jakarta.transaction.Status;
import jakarta.transaction.TransactionalException;
import jakarta.transaction.UserTransaction;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TimeZone;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import javax.naming.InitialContext;
import javax.sql.DataSource;
import jp.mynaportal.access.AccessDeniedException;
import jp.mynaportal.access.Operation;
import jp.mynaportal.access.PortalService;
import jp.mynaportal.access.Subject;
import jp.mynaportal.platform.datasource.DatabaseSettings;
import jp.mynaportal.support.Callers;
import jp.mynaportal.usage.chain.AppendOnlyMigration;
import jp.mynaportal.usage.chain.CheckpointKey;
import jp.mynaportal.usage.chain.UsageLogTool;
import jp.mynaportal.usage.chain.UsageLogVerifier;
import jp.mynaportal.usage.chain.Verification;
import jp.mynaportal.usage.internal.ChainedUsageRecorder;
import jp.mynaportal.usage.internal.UsageLogCheckpoints;
import jp.mynaportal.usage.internal.UsageLogSealer;
import jp.mynaportal.usage.internal.UsageReads;
import jp.mynaportal.usage.model.UsageAction;
import org.eclipse.microprofile.config.Config;
import org.eclipse.microprofile.config.ConfigProvider;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The usage log in the container (written through the service, read through {@link UsageReads};
 * who may read is the access policy's, tested by the service security test): entries as records with actor and subject, the hash chain that
 * the verifier walks, and tampering by someone who bypassed the append-only trigger — a changed
 * row, a deleted row, a tail deleted after a checkpoint — each found and named; and instants
 * stored as UTC, read back alike whatever the JVM's zone. Every test that
 * tampers puts the rows and the trigger back, so the log is whole again for the next test.
 */
@SuppressWarnings("removal") // the deprecated record methods are still tested: they write with the container's actor
abstract class UsageLogContract {

    private UsageRecorder recorder;
    private ChainedUsageRecorder chain;
    private UserTransaction transaction;
    private UsageReads reads;
    private UsageLogCheckpoints checkpoints;
    private UsageLogSealer sealer;
    private DataSource dataSource;
    private UsageLogVerifier verifier;
    private String resident;

    @BeforeEach
    void lookUp() throws Exception {
        recorder = CDI.current().select(UsageRecorder.class).get();
        chain = CDI.current().select(ChainedUsageRecorder.class).get();
        transaction = InitialContext.doLookup("java:comp/UserTransaction");
        reads = CDI.current().select(UsageReads.class).get();
        checkpoints = CDI.current().select(UsageLogCheckpoints.class).get();
        sealer = CDI.current().select(UsageLogSealer.class).get();
        dataSource = InitialContext.doLookup("java:app/jdbc/mynaportal");
        Config config = ConfigProvider.getConfig();
        verifier = new UsageLogVerifier(CheckpointKey.trustedKeys(UsageLogTool.keyDir(
                k -> config.getOptionalValue(k, String.class).orElse(null))));
        resident = UUID.randomUUID().toString();
    }

    /** Writes three entries and has them sealed; returns their positions in the chain. */
    private List<Long> recordThree() throws SQLException {
        for (String result : List.of("SUCCESS", "WRONG_PIN", "SUCCESS")) {
            write(UsageEvent.byResident(resident, UsageAction.LOGIN, result, "usage-test"));
        }
        sealer.sealAll();
        List<Long> positions = new ArrayList<>();
        try (Connection connection = dataSource.getConnection();
                PreparedStatement query = connection.prepareStatement("SELECT l.chain_seq FROM usage_log_link l"
                        + " JOIN usage_log e ON e.id = l.entry_id WHERE e.resident_id = ? ORDER BY l.chain_seq")) {
            query.setString(1, resident);
            try (ResultSet rows = query.executeQuery()) {
                while (rows.next()) {
                    positions.add(rows.getLong(1));
                }
            }
        }
        assertThat(positions).hasSize(3);
        return positions;
    }

    /** Appends an entry in a transaction of its own, as the service of the action it records would. */
    private void write(UsageEvent event) {
        try {
            transaction.begin();
            try {
                chain.appendAsCaller(event);
            } finally {
                if (transaction.getStatus() == Status.STATUS_MARKED_ROLLBACK) {
                    transaction.rollback();
                } else {
                    transaction.commit();
                }
            }
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private Verification verify() throws SQLException {
        try (Connection connection = dataSource.getConnection()) {
            return verifier.verify(connection);
        }
    }

    @Test
    void showsStaffOpeningAnApplicationToTheResidentAndToTheStaffMember() {
        String staff = UUID.randomUUID().toString();
        write(UsageEvent.byStaff(
                resident,
                staff,
                "131016",
                UsageAction.APPLICATION_VIEWED_BY_STAFF,
                "R-1",
                "counter",
                UsageEvent.PURPOSE_APPLICATION_REVIEW));
        UsageQuery all = new UsageQuery(
                Instant.now().minus(1, ChronoUnit.DAYS),
                Instant.now().plusSeconds(60),
                Set.of(UsageKind.values()),
                0,
                10);
        assertThat(reads.history(resident, all).records()).singleElement().satisfies(r -> {
            assertThat(r.byOther()).isTrue();
            assertThat(r.actorOrganisation()).isEqualTo("131016");
            assertThat(r.purpose()).isEqualTo(UsageEvent.PURPOSE_APPLICATION_REVIEW);
        });
        assertThat(reads.history(staff, all).total()).isEqualTo(1);
    }

    /** Runs {@code work} in a transaction of its own, as a service method would. */
    private static void inTransaction(Runnable work) throws Exception {
        UserTransaction transaction = InitialContext.doLookup("java:comp/UserTransaction");
        transaction.begin();
        try {
            work.run();
        } finally {
            if (transaction.getStatus() == Status.STATUS_MARKED_ROLLBACK) {
                transaction.rollback();
            } else {
                transaction.commit();
            }
        }
    }

    private static UsageQuery today() {
        return new UsageQuery(
                Instant.now().minus(1, ChronoUnit.DAYS),
                Instant.now().plusSeconds(60),
                Set.of(UsageKind.values()),
                0,
                100);
    }

    @Test
    void recordsAStaffMembersActOnAResidentAsOneEntryThatBothFind() throws Exception {
        String staff = Callers.logInRegistered("staff-chiyoda", "5678", "窓口");
        try {
            inTransaction(() -> recorder.onSubject(
                    new Subject(resident, "131016"),
                    PortalService.COUNTER_INBOX,
                    Operation.WRITE,
                    UsageAction.APPLICATION_STATUS_CHANGED,
                    "RECEIVED->UNDER_REVIEW",
                    "counter",
                    UsageRecorder.PURPOSE_APPLICATION_REVIEW));
        } finally {
            Callers.logOut();
        }
        UsageRecord entry = reads.history(resident, today()).records().get(0);
        assertThat(reads.history(resident, today()).total()).isEqualTo(1);
        assertThat(entry.subject()).isEqualTo(resident);
        assertThat(entry.actor()).isEqualTo(staff);
        assertThat(entry.actorOrganisation()).isEqualTo("131016");
        assertThat(entry.actorOrganisationName()).isEqualTo("千代田区");
        assertThat(entry.purpose()).isEqualTo(UsageRecorder.PURPOSE_APPLICATION_REVIEW);
        assertThat(reads.history(staff, today()).records())
                .as("the staff member finds their act by actor")
                .extracting(UsageRecord::id)
                .contains(entry.id());
        assertThat(reads.recent(staff, 100))
                .as("no second entry with the staff member as subject")
                .extracting(UsageRecord::id)
                .doesNotContain(entry.id(), entry.id() + 1);
    }

    @Test
    void refusesToRecordForASubjectThePolicyDoesNotLetTheCallerReach() throws Exception {
        Callers.logInRegistered("staff-chiyoda", "5678", "窓口");
        try {
            assertThatThrownBy(() -> inTransaction(() -> recorder.onSubject(
                            new Subject(resident, "131105"),
                            PortalService.COUNTER_INBOX,
                            Operation.WRITE,
                            UsageAction.APPLICATION_STATUS_CHANGED,
                            "RECEIVED->UNDER_REVIEW",
                            "counter",
                            UsageRecorder.PURPOSE_APPLICATION_REVIEW)))
                    .as("a resident of 目黒区, whom 千代田区's staff do not serve")
                    .isInstanceOf(AccessDeniedException.class);
        } finally {
            Callers.logOut();
        }
        assertThat(reads.history(resident, today()).total()).isZero();
    }

    @Test
    void refusesToRecordOutsideTheTransactionOfAnAction() {
        assertThatThrownBy(() -> recorder.authentication(resident, UsageAction.LOGIN, "SUCCESS", "usage-test"))
                .isInstanceOf(TransactionalException.class);
        assertThat(reads.recent(resident, 10)).isEmpty();
    }

    @Test
    void filtersAPersonsEntriesByKindAndPeriodAndPagesThem() throws Exception {
        recordThree();
        write(UsageEvent.byResident(resident, UsageAction.REGISTRATION, "SUCCESS", "usage-test"));
        Instant from = Instant.now().minus(1, ChronoUnit.HOURS);
        Instant to = Instant.now().plusSeconds(60);
        UsagePage logins = reads.history(resident, new UsageQuery(from, to, Set.of(UsageKind.LOGIN), 1, 2));
        assertThat(logins.total()).isEqualTo(3);
        assertThat(logins.pages()).isEqualTo(2);
        assertThat(logins.records())
                .singleElement()
                .satisfies(r -> assertThat(r.result()).isEqualTo("SUCCESS"));
        assertThat(reads.history(
                                resident,
                                new UsageQuery(from.minus(2, ChronoUnit.DAYS), from, Set.of(UsageKind.values()), 0, 10))
                        .total())
                .isZero();
    }

    @Test
    void chainsEntriesAppendedConcurrentlyWithoutAGap() throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<?>> done = new ArrayList<>();
            for (int i = 0; i < 40; i++) {
                done.add(pool.submit(
                        () -> write(UsageEvent.byResident(resident, UsageAction.LOGIN, "SUCCESS", "concurrent"))));
            }
            for (Future<?> f : done) {
                f.get();
            }
        } finally {
            pool.shutdown();
        }
        assertThat(reads.recent(resident, 100)).hasSize(40);
        sealer.sealAll();
        assertThat(linked(resident)).isEqualTo(40);
        Verification sealed = verify();
        assertThat(sealed.intact()).as(sealed.toString()).isTrue();
    }

    @Test
    void writesAnEntryWithoutWaitingForTheChainHead() throws Exception {
        ExecutorService pool = Executors.newSingleThreadExecutor();
        try (Connection sealing = dataSource.getConnection()) {
            sealing.setAutoCommit(false);
            try (Statement lock = sealing.createStatement()) {
                lock.executeQuery("SELECT last_seq FROM usage_log_head WHERE id = 1 FOR UPDATE")
                        .close();
                Future<?> written = pool.submit(
                        () -> write(UsageEvent.byResident(resident, UsageAction.LOGIN, "SUCCESS", "head-locked")));
                written.get(20, TimeUnit.SECONDS);
                assertThat(reads.recent(resident, 10))
                        .as("committed while a sealer holds the chain head")
                        .hasSize(1);
            } finally {
                sealing.rollback();
            }
        } finally {
            pool.shutdownNow();
        }
        sealer.sealAll();
        assertThat(linked(resident)).isEqualTo(1);
    }

    @Test
    void findsAnEntryInsertedBehindThePortalsBack() throws Exception {
        recordThree();
        long forged;
        try (Connection connection = dataSource.getConnection()) {
            forged = insertForged(connection);
            try {
                Verification result = verify();
                assertThat(result.intact()).isFalse();
                assertThat(result.problem()).contains("id " + forged).contains("in no chain");
            } finally {
                withoutTrigger(connection, "usage_log", () -> {
                    try (Statement statement = connection.createStatement()) {
                        statement.executeUpdate("DELETE FROM usage_log WHERE id = " + forged);
                    }
                });
            }
        }
        assertThat(verify().intact()).isTrue();
    }

    /** How many of a resident's entries are in the chain. */
    private long linked(String residentId) throws SQLException {
        try (Connection connection = dataSource.getConnection();
                PreparedStatement query = connection.prepareStatement("SELECT COUNT(*) FROM usage_log_link l"
                        + " JOIN usage_log e ON e.id = l.entry_id WHERE e.resident_id = ?")) {
            query.setString(1, residentId);
            try (ResultSet row = query.executeQuery()) {
                row.next();
                return row.getLong(1);
            }
        }
    }

    /** Inserts an entry of this test's resident straight into the table, as a forger would; returns its id. */
    private long insertForged(Connection connection) throws SQLException {
        long id;
        try (Statement statement = connection.createStatement();
                ResultSet row = statement.executeQuery("SELECT MAX(id) + 1000000 FROM usage_log")) {
            row.next();
            id = row.getLong(1);
        }
        try (PreparedStatement insert = connection.prepareStatement("INSERT INTO usage_log"
                + " (id, occurred_at, resident_id, actor_id, action, result, terminal) VALUES (?, ?, ?, ?, ?, ?, ?)")) {
            insert.setLong(1, id);
            insert.setObject(2, OffsetDateTime.now());
            insert.setString(3, resident);
            insert.setString(4, resident);
            insert.setString(5, UsageAction.LOGIN.name());
            insert.setString(6, "SUCCESS");
            insert.setString(7, "forged");
            insert.executeUpdate();
        }
        return id;
    }

    @Test
    void refusesUpdateAndDeleteOfTheLog() throws Exception {
        recordThree();
        try (Connection connection = dataSource.getConnection();
                Statement statement = connection.createStatement()) {
            assertThatThrownBy(() -> statement.executeUpdate(
                            "UPDATE usage_log SET result = 'X' WHERE resident_id = '" + resident + "'"))
                    .isInstanceOf(SQLException.class)
                    .hasMessageContaining("append-only");
            assertThatThrownBy(() ->
                            statement.executeUpdate("DELETE FROM usage_log WHERE resident_id = '" + resident + "'"))
                    .isInstanceOf(SQLException.class)
                    .hasMessageContaining("append-only");
            assertThatThrownBy(() -> statement.executeUpdate("DELETE FROM usage_log_link WHERE entry_id IN"
                            + " (SELECT id FROM usage_log WHERE resident_id = '" + resident + "')"))
                    .isInstanceOf(SQLException.class)
                    .hasMessageContaining("append-only");
        }
        assertThat(reads.recent(resident, 10)).hasSize(3);
    }

    @Test
    void namesAnEntryChangedBehindTheTriggersBack() throws Exception {
        long changed = recordThree().get(1);
        try (Connection connection = dataSource.getConnection()) {
            withoutTrigger(connection, "usage_log", () -> update(connection, changed, "SUCCESS"));
            try {
                Verification result = verify();
                assertThat(result.intact()).isFalse();
                assertThat(result.brokenSeq()).isEqualTo(changed);
                assertThat(result.problem()).contains("was changed");
            } finally {
                withoutTrigger(connection, "usage_log", () -> update(connection, changed, "WRONG_PIN"));
            }
        }
        assertThat(verify().intact()).isTrue();
    }

    @Test
    void namesAnEntryDeletedBehindTheTriggersBack() throws Exception {
        long deleted = recordThree().get(1);
        try (Connection connection = dataSource.getConnection()) {
            List<Map<String, Object>> rows = delete(connection, "usage_log", deleted, deleted);
            try {
                Verification result = verify();
                assertThat(result.intact()).isFalse();
                assertThat(result.brokenSeq()).isEqualTo(deleted);
                assertThat(result.problem()).contains("missing");
            } finally {
                putBack(connection, "usage_log", rows);
            }
        }
        assertThat(verify().intact()).isTrue();
    }

    @Test
    void findsTheTailDeletedAfterACheckpoint() throws Exception {
        List<Long> seqs = recordThree();
        checkpoints.checkpoint();
        assertThat(checkpoints.checkLatest().intact()).isTrue();
        long first = seqs.get(1);
        try (Connection connection = dataSource.getConnection()) {
            List<Map<String, Object>> entries = delete(connection, "usage_log", first, Long.MAX_VALUE);
            List<Map<String, Object>> links = delete(connection, "usage_log_link", first, Long.MAX_VALUE);
            try {
                Verification result = verify();
                assertThat(result.intact()).isFalse();
                assertThat(result.brokenSeq()).isEqualTo(first);
                assertThat(result.problem()).contains("tail");
                assertThat(checkpoints.checkLatest().intact()).isFalse();
            } finally {
                putBack(connection, "usage_log_link", links);
                putBack(connection, "usage_log", entries);
            }
        }
        assertThat(verify().intact()).isTrue();
    }

    @Test
    void storesEveryInstantColumnWithItsTimeZone() throws Exception {
        List<String> plain = new ArrayList<>();
        try (Connection connection = dataSource.getConnection();
                Statement statement = connection.createStatement();
                ResultSet columns = statement.executeQuery("SELECT table_name, column_name, data_type"
                        + " FROM information_schema.columns WHERE table_schema = CURRENT_SCHEMA"
                        + " AND LOWER(data_type) LIKE 'timestamp%' AND LOWER(table_name) <> 'flyway_schema_history'")) {
            int instants = 0;
            while (columns.next()) {
                instants++;
                if (!columns.getString(3).toLowerCase().contains("with time zone")) {
                    plain.add(columns.getString(1) + "." + columns.getString(2));
                }
            }
            assertThat(instants).isGreaterThan(20);
        }
        assertThat(plain).isEmpty();
    }

    @Test
    void readsTheSameInstantBackAfterTheJvmZoneChanged() throws Exception {
        assertThat(TimeZone.getDefault().getID())
                .as("the container tests run the portal in a non-UTC zone (arquillian.xml)")
                .isEqualTo("Asia/Tokyo");
        Instant before = Instant.now().truncatedTo(ChronoUnit.MICROS);
        write(UsageEvent.byResident(resident, UsageAction.LOGIN, "SUCCESS", "zone-test"));
        Instant written = reads.recent(resident, 1).get(0).occurredAt();
        assertThat(written).isBetween(before, Instant.now());
        TimeZone tokyo = TimeZone.getDefault();
        try {
            TimeZone.setDefault(TimeZone.getTimeZone("America/New_York"));
            assertThat(reads.recent(resident, 1).get(0).occurredAt()).isEqualTo(written);
            DatabaseSettings settings = DatabaseSettings.fromConfig();
            try (Connection fresh = DriverManager.getConnection(settings.url(), settings.user(), settings.password());
                    PreparedStatement query =
                            fresh.prepareStatement("SELECT occurred_at FROM usage_log WHERE resident_id = ?")) {
                query.setString(1, resident);
                try (ResultSet row = query.executeQuery()) {
                    assertThat(row.next()).isTrue();
                    assertThat(row.getObject(1, OffsetDateTime.class).toInstant())
                            .isEqualTo(written);
                    assertThat(row.getTimestamp(1).toInstant()).isEqualTo(written);
                }
            }
        } finally {
            TimeZone.setDefault(tokyo);
        }
    }

    private interface SqlWork {
        void run() throws SQLException;
    }

    private static boolean postgres(Connection connection) throws SQLException {
        return connection.getMetaData().getDatabaseProductName().toLowerCase().contains("postgres");
    }

    /** Does {@code work} as someone who dropped {@code table}'s append-only trigger, and puts it back. */
    private static void withoutTrigger(Connection connection, String table, SqlWork work) throws SQLException {
        boolean postgres = postgres(connection);
        try (Statement statement = connection.createStatement()) {
            statement.execute("DROP TRIGGER " + table + "_append_only" + (postgres ? " ON " + table : ""));
            try {
                work.run();
            } finally {
                statement.execute(
                        postgres ? AppendOnlyMigration.postgresTrigger(table) : AppendOnlyMigration.h2Trigger(table));
            }
        }
    }

    private static void update(Connection connection, long seq, String result) throws SQLException {
        try (PreparedStatement update = connection.prepareStatement("UPDATE usage_log SET result = ?"
                + " WHERE id = (SELECT entry_id FROM usage_log_link WHERE chain_seq = ?)")) {
            update.setString(1, result);
            update.setLong(2, seq);
            assertThat(update.executeUpdate()).isEqualTo(1);
        }
    }

    /**
     * Deletes the rows of {@code table} (the entries or their links) at chain positions {@code from}
     * to {@code to} behind the trigger's back; returns them.
     */
    private static List<Map<String, Object>> delete(Connection connection, String table, long from, long to)
            throws SQLException {
        String where = table.equals("usage_log")
                ? " WHERE id IN (SELECT entry_id FROM usage_log_link WHERE chain_seq BETWEEN ? AND ?)"
                : " WHERE chain_seq BETWEEN ? AND ?";
        List<Map<String, Object>> rows = new ArrayList<>();
        try (PreparedStatement select = connection.prepareStatement("SELECT * FROM " + table + where)) {
            select.setLong(1, from);
            select.setLong(2, to);
            try (ResultSet result = select.executeQuery()) {
                ResultSetMetaData meta = result.getMetaData();
                while (result.next()) {
                    Map<String, Object> row = new LinkedHashMap<>();
                    for (int i = 1; i <= meta.getColumnCount(); i++) {
                        row.put(meta.getColumnName(i), result.getObject(i));
                    }
                    rows.add(row);
                }
            }
        }
        withoutTrigger(connection, table, () -> {
            try (PreparedStatement delete = connection.prepareStatement("DELETE FROM " + table + where)) {
                delete.setLong(1, from);
                delete.setLong(2, to);
                assertThat(delete.executeUpdate()).isEqualTo(rows.size());
            }
        });
        assertThat(rows).isNotEmpty();
        return rows;
    }

    private static void putBack(Connection connection, String table, List<Map<String, Object>> rows)
            throws SQLException {
        for (Map<String, Object> row : rows) {
            String sql = "INSERT INTO " + table + " (" + String.join(", ", row.keySet()) + ") VALUES ("
                    + String.join(", ", row.keySet().stream().map(c -> "?").toList()) + ")";
            try (PreparedStatement insert = connection.prepareStatement(sql)) {
                int i = 1;
                for (Object value : row.values()) {
                    insert.setObject(i++, value);
                }
                insert.executeUpdate();
            }
        }
    }
}
