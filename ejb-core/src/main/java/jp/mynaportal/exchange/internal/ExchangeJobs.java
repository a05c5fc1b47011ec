package jp.mynaportal.exchange.internal;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.logging.Logger;
import jp.mynaportal.exchange.ExchangePeriod;
import jp.mynaportal.exchange.model.ExchangeFailure;
import jp.mynaportal.exchange.model.ExchangeRequest;
import jp.mynaportal.exchange.repository.ExchangeRequestRepository;
import jp.mynaportal.notice.model.Notice;
import jp.mynaportal.notice.model.NoticeKind;
import jp.mynaportal.notice.repository.NoticeRepository;

/**
 * The work on 提供要求, each step its own transaction: {@link #claim} takes requests from the
 * database for this node (rows other nodes hold are skipped), {@link #build} builds one and tells
 * the resident in the same transaction, and only while this node's claim is still the current one,
 * so a request is completed once even when a node that died had claimed it. Called by the {@code
 * ExchangeWorker} of every node, which has no caller; the residents' access was decided when the
 * requests were stored.
 */
@Stateless
@PermitAll
public class ExchangeJobs {

    private static final Logger LOG = Logger.getLogger(ExchangeJobs.class.getName());

    /** A request this node claimed, and the attempt that claim is. */
    public record Claim(long requestId, int attempt) {}

    @Inject
    private ExchangeRequestRepository requests;

    @Inject
    private NoticeRepository notices;

    private final Clock clock = Clock.systemUTC();
    private final ExchangeSettings settings = ExchangeSettings.fromConfig();

    /**
     * Claims up to {@code limit} requests for {@code node}: accepted ones and those whose lease
     * ended. A request claimed {@code max-attempts} times already fails instead.
     */
    @TransactionAttribute(TransactionAttributeType.REQUIRED)
    public List<Claim> claim(String node, int limit) {
        Instant now = clock.instant();
        List<Claim> claims = new ArrayList<>();
        for (ExchangeRequest request : requests.lockClaimable(now, limit)) {
            if (request.getAttempt() >= settings.maxAttempts()) {
                request.fail(ExchangeFailure.ATTEMPTS_EXHAUSTED, now, keptUntil(now));
                tell(request, NoticeKind.EXCHANGE_FAILED);
                LOG.warning(() -> "提供要求 " + request.getId() + " failed after " + request.getAttempt() + " claims");
                continue;
            }
            request.claim(node, now.plus(settings.lease()));
            claims.add(new Claim(request.getId(), request.getAttempt()));
        }
        return claims;
    }

    /**
     * Builds a claimed request: copies the exchanges of its period into its result, completes it
     * and tells the resident, all in one transaction.
     *
     * @return whether it finished the request (false when the claim is no longer current: another
     *     node took it over, or the resident deleted it)
     */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public boolean build(Claim claim) {
        ExchangeRequest request = requests.lockById(claim.requestId()).orElse(null);
        if (request == null || !request.heldBy(claim.attempt())) {
            return false;
        }
        ExchangePeriod period = new ExchangePeriod(request.getPeriodFrom(), request.getPeriodTo());
        Instant start = period.start();
        Instant end = period.end();
        Instant now = clock.instant();
        if (requests.countRecords(request.getResidentId(), start, end) > settings.maxLines()) {
            request.fail(ExchangeFailure.TOO_MANY_EXCHANGES, now, keptUntil(now));
            tell(request, NoticeKind.EXCHANGE_FAILED);
            return true;
        }
        int lines = requests.copyRecords(request.getId(), request.getResidentId(), start, end);
        request.complete(lines, now, keptUntil(now));
        tell(request, NoticeKind.EXCHANGE_READY);
        return true;
    }

    /** Deletes the requests and results whose keeping time is over; how many. */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public int purge() {
        return requests.removeExpired(clock.instant());
    }

    private Instant keptUntil(Instant now) {
        return now.plus(Duration.ofDays(settings.resultDays()));
    }

    /**
     * The お知らせ about the request, in the transaction that finishes it. The resident's own request
     * caused it (the resident is its actor); it is stored directly, since the notice service sends
     * only for a caller and this worker has none.
     */
    private void tell(ExchangeRequest request, NoticeKind kind) {
        notices.add(new Notice(
                request.getResidentId(),
                request.getResidentId(),
                kind,
                List.of(
                        request.getPeriodFrom().toString(),
                        request.getPeriodTo().toString()),
                "exchange",
                Long.toString(request.getId()),
                clock.instant()));
    }
}
