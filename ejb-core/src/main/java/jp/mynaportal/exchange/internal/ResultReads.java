package jp.mynaportal.exchange.internal;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;
import jp.mynaportal.exchange.ExchangeLine;
import jp.mynaportal.exchange.ExchangeParty;
import jp.mynaportal.exchange.ExchangeRequestLine;
import jp.mynaportal.exchange.ExchangeResult;
import jp.mynaportal.exchange.ResultQuery;
import jp.mynaportal.exchange.model.ExchangeRequest;
import jp.mynaportal.exchange.model.ExchangeResultLine;
import jp.mynaportal.exchange.repository.ExchangeRequestRepository;
import jp.mynaportal.exchange.repository.LineCount;
import jp.mynaportal.exchange.repository.LineFilter;
import jp.mynaportal.exchange.repository.LineOrder;

/** Reads a built result as records: a page of lines, the filters' choices and the diagram's counts. */
@ApplicationScoped
public class ResultReads {

    @Inject
    private ExchangeRequestRepository requests;

    ExchangeResult result(ExchangeRequest request, ResultQuery query) {
        long id = request.getId();
        LineFilter filter = filter(query);
        long total = requests.countLines(id, filter);
        int pages = (int) Math.max(1, (total + query.pageSize() - 1) / query.pageSize());
        int page = Math.min(query.page(), pages - 1);
        List<ExchangeLine> lines =
                requests.lines(id, filter, order(query), page * query.pageSize(), query.pageSize()).stream()
                        .map(ResultReads::line)
                        .toList();
        List<LineCount> counts = requests.countsByRequesterAndInformation(id);
        long most = counts.stream().mapToLong(LineCount::count).max().orElse(1);
        return new ExchangeResult(
                line(request),
                lines,
                total,
                page,
                pages,
                parties(requests.requesters(id)),
                parties(requests.providers(id)),
                requests.informationNames(id),
                counts.stream()
                        .map(c -> new ExchangeResult.ExchangeCount(
                                c.requesterName(), c.informationName(), c.count(), (int) (100 * c.count() / most)))
                        .toList());
    }

    List<ExchangeLine> all(ExchangeRequest request, ResultQuery query, int limit) {
        return requests.lines(request.getId(), filter(query), order(query), 0, limit).stream()
                .map(ResultReads::line)
                .toList();
    }

    static ExchangeRequestLine line(ExchangeRequest r) {
        return new ExchangeRequestLine(
                r.getId(),
                r.getPeriodFrom(),
                r.getPeriodTo(),
                r.getState(),
                r.getRequestedAt(),
                r.getCompletedAt(),
                r.getExpiresAt(),
                r.getLineCount(),
                r.getFailureReason());
    }

    private static ExchangeLine line(ExchangeResultLine l) {
        return new ExchangeLine(
                l.getExchangedAt(),
                l.getRequesterName(),
                l.getProviderName(),
                l.getProcedureName(),
                l.getInformationName(),
                l.getOutcome());
    }

    private static LineFilter filter(ResultQuery query) {
        return new LineFilter(query.requester(), query.provider(), query.information(), query.outcome());
    }

    private static LineOrder order(ResultQuery query) {
        return LineOrder.valueOf(query.order().name());
    }

    private static List<ExchangeParty> parties(List<String[]> pairs) {
        List<ExchangeParty> parties = new ArrayList<>(pairs.size());
        pairs.forEach(p -> parties.add(new ExchangeParty(p[0], p[1])));
        return parties;
    }
}
