package jp.mynaportal.exchange;

import java.util.List;
import java.util.Optional;

/**
 * やりとり履歴 for the resident: 提供要求 for a period, 状況確認, the result with filters and pages,
 * the CSV download and deletion. A request of someone else is never shown: it reads as "none".
 * Every call is recorded in the caller's 利用履歴 in its transaction.
 */
public interface ExchangeHistoryService {

    /** The periods that may be asked for today and how long results are kept. */
    ExchangeTerms terms();

    /**
     * Stores a 提供要求 for the period (the 「完了」 of the screens); a worker builds it later.
     *
     * @return its id
     * @throws InvalidPeriodException when the period breaks the rule of {@link ExchangePeriod#check}
     */
    long request(ExchangePeriod period, String terminal);

    /** The caller's requests, newest first (状況確認). */
    List<ExchangeRequestLine> requests(String terminal);

    /** A page of the caller's finished request; empty for a request that is not the caller's or not finished. */
    Optional<ExchangeResult> result(long requestId, ResultQuery query, String terminal);

    /** Every line of the caller's finished request that matches the filter, for the CSV download. */
    Optional<List<ExchangeLine>> download(long requestId, ResultQuery query, String terminal);

    /** Deletes the caller's request and its result; false when there is no such request of theirs. */
    boolean delete(long requestId, String terminal);
}
