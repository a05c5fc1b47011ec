package jp.mynaportal.exchange;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import jp.mynaportal.support.BesideTheSharedServers;
import jp.mynaportal.support.PostgresTestDatabase;
import jp.mynaportal.support.StandaloneMicro;
import org.junit.jupiter.api.Test;

/**
 * The kill test of 提供要求: a portal on PostgreSQL builds many requests one at a time, is killed
 * with {@code kill -9} while some are finished and others are not, and a portal started again on
 * the same database finishes the rest (taking over what the dead one had claimed once its lease of
 * a few seconds ends); every request is completed exactly once, with its full result and one お知らせ.
 * It needs a portal process of its own to kill: two Payara Micro starts, on a database of its own.
 */
@BesideTheSharedServers
class ExchangeKillIT {

    /** How many requests the test files; enough that the first portal is killed mid-way. */
    private static final int REQUESTS = Integer.getInteger("mynaportal.test.exchange.kill.requests", 600);

    /** How long the test waits for the portals (seconds, {@code -Dmynaportal.test.exchange.wait}). */
    private static final Duration WAIT = Duration.ofSeconds(Long.getLong("mynaportal.test.exchange.wait", 180));

    private static final List<String> DEMO_CARDS = List.of("hanako", "taro", "yuki", "ken");

    private static final long FIRST_ID = 1_000_000_000L;

    @Test
    void requestsBeingBuiltWhenThePortalIsKilledFinishExactlyOnceAfterARestart() throws Exception {
        PostgresTestDatabase database = PostgresTestDatabase.recreate("mynaportal_exchange_kill");
        Map<String, String> environment = Map.of(
                "MYNAPORTAL_PROFILE", "demo",
                "MYNAPORTAL_DB_URL", database.url(),
                "MYNAPORTAL_DB_USER", database.user(),
                "MYNAPORTAL_DB_PASSWORD", "",
                "MYNAPORTAL_EXCHANGE_WORKER_BATCH", "1",
                "MYNAPORTAL_EXCHANGE_WORKER_POLL_MILLIS", "200",
                "MYNAPORTAL_EXCHANGE_WORKER_LEASE_SECONDS", "5");

        long completedAtKill;
        try (StandaloneMicro first = StandaloneMicro.start(environment)) {
            assertThat(first.log()).as("the first portal started").contains("ready in");
            try (Connection db = connect(database)) {
                assertThat(count(db, "SELECT COUNT(*) FROM exchange_record"))
                        .as("demo exchanges")
                        .isPositive();
                fileRequests(db);
                waitFor(db, "SELECT COUNT(*) FROM exchange_request WHERE state = 'COMPLETED'", n -> n >= 20);
                first.kill();
                completedAtKill = count(db, "SELECT COUNT(*) FROM exchange_request WHERE state = 'COMPLETED'");
            }
        }
        assertThat(completedAtKill).as("killed mid-way").isLessThan(REQUESTS);

        try (StandaloneMicro second = StandaloneMicro.start(environment);
                Connection db = connect(database)) {
            assertThat(second.log()).as("the second portal started").contains("ready in");
            waitFor(db, "SELECT COUNT(*) FROM exchange_request WHERE state = 'COMPLETED'", n -> n == REQUESTS);

            assertThat(count(db, "SELECT COUNT(*) FROM exchange_request WHERE state <> 'COMPLETED'"))
                    .isZero();
            assertThat(count(
                            db,
                            "SELECT COUNT(*) FROM exchange_request r WHERE r.line_count <>"
                                    + " (SELECT COUNT(*) FROM exchange_result_line l WHERE l.request_id = r.id)"))
                    .as("requests whose result lines differ from their count")
                    .isZero();
            assertThat(count(
                            db,
                            "SELECT COUNT(*) FROM exchange_request r WHERE r.line_count <>"
                                    + " (SELECT COUNT(*) FROM exchange_record e WHERE e.resident_id = r.resident_id"
                                    + " AND e.exchanged_at >= CAST(r.period_from AS TIMESTAMP) AT TIME ZONE 'Asia/Tokyo'"
                                    + " AND e.exchanged_at < CAST(r.period_to + 1 AS TIMESTAMP) AT TIME ZONE"
                                    + " 'Asia/Tokyo')"))
                    .as("requests whose result is not the exchanges of their period")
                    .isZero();
            assertThat(count(
                            db,
                            "SELECT COUNT(*) FROM exchange_request r WHERE (SELECT COUNT(*) FROM notice n"
                                    + " WHERE n.about_function = 'exchange' AND n.about_key = CAST(r.id AS VARCHAR(64)))"
                                    + " <> 1"))
                    .as("requests without exactly one お知らせ")
                    .isZero();
        }
    }

    private static void fileRequests(Connection db) throws SQLException {
        LocalDate today = LocalDate.now(ZoneId.of("Asia/Tokyo"));
        try (PreparedStatement insert = db.prepareStatement("INSERT INTO exchange_request (id, resident_id,"
                + " period_from, period_to, state, requested_at, attempt) VALUES (?, ?, ?, ?, 'ACCEPTED', ?, 0)")) {
            for (int i = 0; i < REQUESTS; i++) {
                String card = DEMO_CARDS.get(i % DEMO_CARDS.size());
                insert.setLong(1, FIRST_ID + i);
                insert.setString(
                        2,
                        UUID.nameUUIDFromBytes(("demo-resident:" + card).getBytes(StandardCharsets.UTF_8))
                                .toString());
                insert.setObject(3, today.minusYears(2).plusDays(i % 30));
                insert.setObject(4, today);
                insert.setTimestamp(5, Timestamp.from(Instant.now()));
                insert.addBatch();
            }
            insert.executeBatch();
        }
    }

    private static void waitFor(Connection db, String sql, java.util.function.LongPredicate done) throws Exception {
        Instant deadline = Instant.now().plus(WAIT);
        long value;
        while (!done.test(value = count(db, sql))) {
            assertThat(Instant.now())
                    .as(sql + " still " + value + " after " + WAIT)
                    .isBefore(deadline);
            TimeUnit.MILLISECONDS.sleep(50);
        }
    }

    private static long count(Connection db, String sql) throws SQLException {
        try (PreparedStatement query = db.prepareStatement(sql);
                ResultSet rows = query.executeQuery()) {
            rows.next();
            return rows.getLong(1);
        }
    }

    private static Connection connect(PostgresTestDatabase database) throws SQLException {
        Connection connection = DriverManager.getConnection(database.url(), database.user(), "");
        connection.setAutoCommit(true);
        return connection;
    }
}
