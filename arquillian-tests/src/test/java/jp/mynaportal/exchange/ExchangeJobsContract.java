package jp.mynaportal.exchange;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.enterprise.inject.spi.CDI;
import jakarta.transaction.UserTransaction;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import javax.naming.InitialContext;
import javax.sql.DataSource;
import jp.mynaportal.exchange.internal.ExchangeJobs;
import jp.mynaportal.exchange.model.ExchangeFailure;
import jp.mynaportal.exchange.model.ExchangeOutcome;
import jp.mynaportal.exchange.model.ExchangeRecord;
import jp.mynaportal.exchange.model.ExchangeRequest;
import jp.mynaportal.exchange.model.ExchangeState;
import jp.mynaportal.exchange.repository.ExchangeRecordRepository;
import jp.mynaportal.exchange.repository.ExchangeRequestRepository;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * 提供要求 as jobs in the container: two workers claiming at once never get the same request (the
 * first holds its rows, the second skips them instead of waiting), a request whose claim's lease
 * ended is taken over and the old claim can no longer finish it, each request completes once with
 * one お知らせ, and a request claimed too often fails with a reason. The node's own worker runs
 * too, as a third worker; every assertion holds whichever worker took a request. Each test works
 * on requests of a resident of its own.
 */
abstract class ExchangeJobsContract {

    /** How long a test waits for the workers to finish requests (seconds, {@code -Dmynaportal.test.exchange.wait}). */
    private static final Duration WAIT = Duration.ofSeconds(Long.getLong("mynaportal.test.exchange.wait", 60));

    private ExchangeJobs jobs;
    private ExchangeRequestRepository requests;
    private ExchangeRecordRepository records;
    private UserTransaction transaction;
    private DataSource dataSource;
    private String resident;

    @BeforeEach
    void lookUp() throws Exception {
        jobs = CDI.current().select(ExchangeJobs.class).get();
        requests = CDI.current().select(ExchangeRequestRepository.class).get();
        records = CDI.current().select(ExchangeRecordRepository.class).get();
        transaction = InitialContext.doLookup("java:comp/UserTransaction");
        dataSource = InitialContext.doLookup("java:app/jdbc/mynaportal");
        resident = UUID.randomUUID().toString();
    }

    private void recordExchange(Instant at) throws Exception {
        transaction.begin();
        records.add(new ExchangeRecord(
                resident,
                at,
                new ExchangeRecord.Party("131016", "千代田区"),
                new ExchangeRecord.Party("JPS", "日本年金機構"),
                "国民健康保険法による保険給付の支給に関する事務",
                "年金給付関係情報",
                ExchangeOutcome.PROVIDED,
                "JPS",
                Instant.now()));
        transaction.commit();
    }

    private List<Long> storeRequests(int count) throws Exception {
        transaction.begin();
        List<ExchangeRequest> stored = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            ExchangeRequest request =
                    new ExchangeRequest(resident, LocalDate.of(2026, 1, 1), LocalDate.of(2026, 6, 30), Instant.now());
            requests.add(request);
            stored.add(request);
        }
        transaction.commit();
        return stored.stream().map(ExchangeRequest::getId).toList();
    }

    @Test
    void twoWorkersClaimingAtOnceNeverGetTheSameRequestAndEachCompletesOnce() throws Exception {
        recordExchange(Instant.parse("2026-03-01T01:00:00Z"));
        recordExchange(Instant.parse("2026-06-30T14:59:00Z"));
        recordExchange(Instant.parse("2026-06-30T15:00:00Z")); // 2026-07-01 in Japan: outside
        List<Long> ids = storeRequests(40);
        ManagedExecutorService executor = InitialContext.doLookup("java:comp/DefaultManagedExecutorService");

        transaction.begin();
        List<ExchangeJobs.Claim> first = jobs.claim("worker-a", 20);
        Future<List<ExchangeJobs.Claim>> second = executor.submit(() -> jobs.claim("worker-b", 100));
        List<ExchangeJobs.Claim> secondClaims = second.get(WAIT.toSeconds(), TimeUnit.SECONDS);
        transaction.commit();

        Set<Long> firstIds = new HashSet<>();
        first.forEach(c -> firstIds.add(c.requestId()));
        Set<Long> secondIds = new HashSet<>();
        secondClaims.forEach(c -> secondIds.add(c.requestId()));
        assertThat(firstIds).as("worker A got work").isNotEmpty();
        assertThat(secondIds).as("worker B skipped A's rows").doesNotContainAnyElementsOf(firstIds);
        for (ExchangeJobs.Claim claim : first) {
            assertThat(jobs.build(claim)).isTrue();
        }
        for (ExchangeJobs.Claim claim : secondClaims) {
            assertThat(jobs.build(claim)).isTrue();
        }

        waitUntilFinished(ids);
        for (long id : ids) {
            ExchangeRequest request = requests.findById(id).orElseThrow();
            assertThat(request.getState()).isEqualTo(ExchangeState.COMPLETED);
            assertThat(request.getLineCount()).isEqualTo(2);
            assertThat(resultLines(id)).isEqualTo(2);
            assertThat(notices(id, "EXCHANGE_READY")).as("notices of " + id).isEqualTo(1);
        }
    }

    @Test
    void aClaimWhoseLeaseEndedIsTakenOverAndTheOldClaimCannotFinishIt() throws Exception {
        recordExchange(Instant.parse("2026-02-01T00:00:00Z"));
        transaction.begin();
        ExchangeRequest request =
                new ExchangeRequest(resident, LocalDate.of(2026, 1, 1), LocalDate.of(2026, 6, 30), Instant.now());
        requests.add(request);
        request.claim("a-node-that-died", Instant.now().minusSeconds(1));
        transaction.commit();
        ExchangeJobs.Claim deadNodesClaim = new ExchangeJobs.Claim(request.getId(), 1);

        waitUntilFinished(List.of(request.getId()));

        ExchangeRequest finished = requests.findById(request.getId()).orElseThrow();
        assertThat(finished.getState()).isEqualTo(ExchangeState.COMPLETED);
        assertThat(finished.getAttempt()).isEqualTo(2);
        assertThat(finished.getClaimedBy()).isNotEqualTo("a-node-that-died");
        assertThat(jobs.build(deadNodesClaim))
                .as("the old claim finishes nothing")
                .isFalse();
        assertThat(resultLines(request.getId())).isEqualTo(1);
        assertThat(notices(request.getId(), "EXCHANGE_READY")).isEqualTo(1);
    }

    @Test
    void aRequestClaimedAsOftenAsAllowedFailsWithAReasonAndOneNotice() throws Exception {
        transaction.begin();
        ExchangeRequest request =
                new ExchangeRequest(resident, LocalDate.of(2026, 1, 1), LocalDate.of(2026, 6, 30), Instant.now());
        requests.add(request);
        for (int attempt = 0; attempt < 3; attempt++) {
            request.claim("a-node-that-died", Instant.now().minusSeconds(1));
        }
        transaction.commit();

        waitUntilFinished(List.of(request.getId()));

        ExchangeRequest failed = requests.findById(request.getId()).orElseThrow();
        assertThat(failed.getState()).isEqualTo(ExchangeState.FAILED);
        assertThat(failed.getFailureReason()).isEqualTo(ExchangeFailure.ATTEMPTS_EXHAUSTED);
        assertThat(failed.getExpiresAt()).isAfter(Instant.now());
        assertThat(notices(request.getId(), "EXCHANGE_FAILED")).isEqualTo(1);
    }

    private void waitUntilFinished(List<Long> ids) throws Exception {
        Instant deadline = Instant.now().plus(WAIT);
        while (unfinished(ids) > 0) {
            assertThat(Instant.now()).as("all requests finished within " + WAIT).isBefore(deadline);
            TimeUnit.MILLISECONDS.sleep(100);
        }
    }

    private long unfinished(List<Long> ids) throws Exception {
        return ids.stream()
                .map(id -> requests.findById(id).orElseThrow().getState())
                .filter(s -> s == ExchangeState.ACCEPTED || s == ExchangeState.BUILDING)
                .count();
    }

    private long resultLines(long requestId) throws Exception {
        return count("SELECT COUNT(*) FROM exchange_result_line WHERE request_id = ?", Long.toString(requestId));
    }

    private long notices(long requestId, String kind) throws Exception {
        return count(
                "SELECT COUNT(*) FROM notice WHERE about_function = 'exchange' AND about_key = ? AND kind = '" + kind
                        + "'",
                Long.toString(requestId));
    }

    private long count(String sql, String parameter) throws Exception {
        try (Connection connection = dataSource.getConnection();
                PreparedStatement query = connection.prepareStatement(sql)) {
            if (sql.contains("request_id")) {
                query.setLong(1, Long.parseLong(parameter));
            } else {
                query.setString(1, parameter);
            }
            try (ResultSet rows = query.executeQuery()) {
                rows.next();
                return rows.getLong(1);
            }
        }
    }
}
