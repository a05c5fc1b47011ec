package jp.mynaportal.exchange.internal;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import jp.mynaportal.access.AccessPolicy;
import jp.mynaportal.access.Actor;
import jp.mynaportal.access.CurrentCaller;
import jp.mynaportal.access.Operation;
import jp.mynaportal.access.PortalService;
import jp.mynaportal.access.Roles;
import jp.mynaportal.access.Subject;
import jp.mynaportal.exchange.ExchangeHistoryService;
import jp.mynaportal.exchange.ExchangeLine;
import jp.mynaportal.exchange.ExchangePeriod;
import jp.mynaportal.exchange.ExchangeRequestLine;
import jp.mynaportal.exchange.ExchangeResult;
import jp.mynaportal.exchange.ExchangeTerms;
import jp.mynaportal.exchange.InvalidPeriodException;
import jp.mynaportal.exchange.ResultQuery;
import jp.mynaportal.exchange.model.ExchangeRequest;
import jp.mynaportal.exchange.model.ExchangeState;
import jp.mynaportal.exchange.repository.ExchangeRequestRepository;
import jp.mynaportal.usage.UsageRecorder;
import jp.mynaportal.usage.model.UsageAction;

/**
 * やりとり履歴 over the request repository. Whose requests the caller may file, list, open and
 * delete is the access policy's decision ({@link PortalService#EXCHANGE}); a request of someone else
 * reads as none. Every call is recorded in 利用履歴 in its transaction, after its reads: an append
 * holds the usage log's one chain head locked until the commit, so a read done before it does not
 * keep every other resident's page waiting (docs/PERFORMANCE.md, やりとり履歴).
 */
@Stateless
public class DefaultExchangeHistoryService implements ExchangeHistoryService {

    private static final int LIST_LIMIT = 100;

    /** The most lines one CSV download carries (a result holds at most {@code max-lines}). */
    private static final int DOWNLOAD_LIMIT = 100_000;

    @Inject
    private ExchangeRequestRepository requests;

    @Inject
    private ResultReads reads;

    @Inject
    private UsageRecorder usage;

    @Inject
    private CurrentCaller caller;

    @Inject
    private AccessPolicy policy;

    private final Clock clock = Clock.systemUTC();
    private final ExchangeSettings settings = ExchangeSettings.fromConfig();

    @Override
    @RolesAllowed({Roles.RESIDENT, Roles.PROXY})
    public ExchangeTerms terms() {
        LocalDate today = LocalDate.now(clock.withZone(ExchangePeriod.JAPAN));
        return new ExchangeTerms(
                today, today.minusYears(settings.recordYears()), settings.recordYears(), settings.resultDays());
    }

    @Override
    @RolesAllowed({Roles.RESIDENT, Roles.PROXY})
    public long request(ExchangePeriod period, String terminal) {
        Subject subject = own(Operation.WRITE);
        ExchangePeriod.Check check =
                terms().check(period.from().toString(), period.to().toString());
        if (!check.valid()) {
            throw new InvalidPeriodException(check.problems());
        }
        ExchangeRequest request =
                new ExchangeRequest(subject.residentId(), period.from(), period.to(), clock.instant());
        requests.add(request);
        usage.byCaller(UsageAction.EXCHANGE_REQUESTED, "SUCCESS", terminal);
        return request.getId();
    }

    @Override
    @RolesAllowed({Roles.RESIDENT, Roles.PROXY})
    public List<ExchangeRequestLine> requests(String terminal) {
        Subject subject = own(Operation.READ);
        List<ExchangeRequestLine> lines = requests.findByResident(subject.residentId(), LIST_LIMIT).stream()
                .map(ResultReads::line)
                .toList();
        usage.byCaller(UsageAction.EXCHANGE_VIEWED, "SUCCESS", terminal);
        return lines;
    }

    @Override
    @RolesAllowed({Roles.RESIDENT, Roles.PROXY})
    public Optional<ExchangeResult> result(long requestId, ResultQuery query, String terminal) {
        return finished(requestId).map(request -> {
            ExchangeResult result = reads.result(request, query);
            usage.byCaller(UsageAction.EXCHANGE_VIEWED, "SUCCESS", terminal);
            return result;
        });
    }

    @Override
    @RolesAllowed({Roles.RESIDENT, Roles.PROXY})
    public Optional<List<ExchangeLine>> download(long requestId, ResultQuery query, String terminal) {
        return finished(requestId).map(request -> {
            List<ExchangeLine> lines = reads.all(request, query, DOWNLOAD_LIMIT);
            usage.byCaller(UsageAction.EXCHANGE_DOWNLOADED, "SUCCESS", terminal);
            return lines;
        });
    }

    @Override
    @RolesAllowed({Roles.RESIDENT, Roles.PROXY})
    public boolean delete(long requestId, String terminal) {
        Optional<ExchangeRequest> request = permitted(requestId, Operation.WRITE);
        request.ifPresent(r -> {
            requests.remove(r);
            usage.byCaller(UsageAction.EXCHANGE_DELETED, "SUCCESS", terminal);
        });
        return request.isPresent();
    }

    private Optional<ExchangeRequest> finished(long requestId) {
        return permitted(requestId, Operation.READ).filter(r -> r.getState() == ExchangeState.COMPLETED);
    }

    /** The request, if the policy lets the caller do the operation on its resident's data. */
    private Optional<ExchangeRequest> permitted(long requestId, Operation operation) {
        Actor actor = caller.actor();
        return requests.findById(requestId)
                .filter(r ->
                        policy.permits(actor, Subject.resident(r.getResidentId()), PortalService.EXCHANGE, operation));
    }

    private Subject own(Operation operation) {
        Actor actor = caller.actor();
        Subject subject = actor.subject();
        policy.require(actor, subject, PortalService.EXCHANGE, operation);
        return subject;
    }
}
