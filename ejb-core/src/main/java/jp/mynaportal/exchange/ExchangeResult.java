package jp.mynaportal.exchange;

import java.io.Serializable;
import java.util.List;

/**
 * A page of a finished 提供要求's result with what the filters can choose from and the counts the
 * diagram draws (both over the whole result, whatever the filter).
 *
 * @param total the number of lines that match the filter
 * @param page this page, from 0
 * @param pages the number of pages (at least 1)
 */
public record ExchangeResult(
        ExchangeRequestLine request,
        List<ExchangeLine> lines,
        long total,
        int page,
        int pages,
        List<ExchangeParty> requesters,
        List<ExchangeParty> providers,
        List<String> informations,
        List<ExchangeCount> counts)
        implements Serializable {

    public ExchangeResult {
        lines = List.copyOf(lines);
        requesters = List.copyOf(requesters);
        providers = List.copyOf(providers);
        informations = List.copyOf(informations);
        counts = List.copyOf(counts);
    }

    /**
     * How many exchanges one 照会機関 had about one piece of information.
     *
     * @param share the count relative to the largest count of the result, 0 to 100
     */
    public record ExchangeCount(String requester, String information, long count, int share) implements Serializable {}
}
