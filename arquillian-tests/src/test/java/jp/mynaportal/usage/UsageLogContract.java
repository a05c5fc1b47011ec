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
        dataSource = InitialContext.doLookup("java:app/jdbc/mynaportal");
        Config config = ConfigProvider.getConfig();
        verifier = new UsageLogVerifier(CheckpointKey.trustedKeys(UsageLogTool.keyDir(
                k -> config.getOptionalValue(k, String.class).orElse(null))));
        resident = UUID.randomUUID().toString();
    }

    private List<Long> recordThree() {
        for (String result : List.of("SUCCESS", "WRONG_PIN", "SUCCESS")) {
            write(UsageEvent.byResident(resident, UsageAction.LOGIN, result, "usage-test"));
        }
        return reads.recent(resident, 3).stream().map(UsageRecord::seq).sorted().toList();
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
                .extracting(UsageRecord::seq)
                .contains(entry.seq());
        assertThat(reads.recent(staff, 100))
                .as("no second entry with the staff member as subject")
                .extracting(UsageRecord::seq)
                .doesNotContain(entry.seq(), entry.seq() + 1);
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
    void filtersAPersonsEntriesByKindAndPeriodAndPagesThem() {
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
        assertThat(verify().intact()).as(verify().toString()).isTrue();
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
        }
        assertThat(reads.recent(resident, 10)).hasSize(3);
    }

    @Test
    void namesAnEntryChangedBehindTheTriggersBack() throws Exception {
        long changed = recordThree().get(1);
        try (Connection connection = dataSource.getConnection()) {
            withoutTrigger(connection, () -> update(connection, changed, "SUCCESS"));
            try {
                Verification result = verify();
                assertThat(result.intact()).isFalse();
                assertThat(result.brokenSeq()).isEqualTo(changed);
                assertThat(result.problem()).contains("was changed");
            } finally {
                withoutTrigger(connection, () -> update(connection, changed, "WRONG_PIN"));
            }
        }
        assertThat(verify().intact()).isTrue();
    }

    @Test
    void namesAnEntryDeletedBehindTheTriggersBack() throws Exception {
        long deleted = recordThree().get(1);
        try (Connection connection = dataSource.getConnection()) {
            List<Map<String, Object>> rows = delete(connection, deleted, deleted);
            try {
                Verification result = verify();
                assertThat(result.intact()).isFalse();
                assertThat(result.brokenSeq()).isEqualTo(deleted);
                assertThat(result.problem()).contains("missing");
            } finally {
                putBack(connection, rows);
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
            List<Map<String, Object>> rows = delete(connection, first, Long.MAX_VALUE);
            try {
                Verification result = verify();
                assertThat(result.intact()).isFalse();
                assertThat(result.brokenSeq()).isEqualTo(first);
                assertThat(result.problem()).contains("tail");
                assertThat(checkpoints.checkLatest().intact()).isFalse();
            } finally {
                putBack(connection, rows);
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

    /** Does {@code work} as someone who dropped the append-only trigger, and puts the trigger back. */
    private static void withoutTrigger(Connection connection, SqlWork work) throws SQLException {
        boolean postgres = postgres(connection);
        try (Statement statement = connection.createStatement()) {
            statement.execute("DROP TRIGGER usage_log_append_only" + (postgres ? " ON usage_log" : ""));
            try {
                work.run();
            } finally {
                statement.execute(
                        postgres
                                ? AppendOnlyMigration.postgresTrigger("usage_log")
                                : AppendOnlyMigration.h2Trigger("usage_log"));
            }
        }
    }

    private static void update(Connection connection, long seq, String result) throws SQLException {
        try (PreparedStatement update =
                connection.prepareStatement("UPDATE usage_log SET result = ? WHERE chain_seq = ?")) {
            update.setString(1, result);
            update.setLong(2, seq);
            assertThat(update.executeUpdate()).isEqualTo(1);
        }
    }

    /** Deletes the entries from position {@code from} to {@code to} behind the trigger's back; returns them. */
    private static List<Map<String, Object>> delete(Connection connection, long from, long to) throws SQLException {
        List<Map<String, Object>> rows = new ArrayList<>();
        try (PreparedStatement select =
                connection.prepareStatement("SELECT * FROM usage_log WHERE chain_seq BETWEEN ? AND ?")) {
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
        withoutTrigger(connection, () -> {
            try (PreparedStatement delete =
                    connection.prepareStatement("DELETE FROM usage_log WHERE chain_seq BETWEEN ? AND ?")) {
                delete.setLong(1, from);
                delete.setLong(2, to);
                assertThat(delete.executeUpdate()).isEqualTo(rows.size());
            }
        });
        assertThat(rows).isNotEmpty();
        return rows;
    }

    private static void putBack(Connection connection, List<Map<String, Object>> rows) throws SQLException {
        for (Map<String, Object> row : rows) {
            String sql = "INSERT INTO usage_log (" + String.join(", ", row.keySet()) + ") VALUES ("
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
