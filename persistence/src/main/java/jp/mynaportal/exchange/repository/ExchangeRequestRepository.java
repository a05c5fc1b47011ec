package jp.mynaportal.exchange.repository;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import jp.mynaportal.exchange.model.ExchangeRequest;
import jp.mynaportal.exchange.model.ExchangeResultLine;

/** 提供要求 as jobs, and the lines of their results. */
public interface ExchangeRequestRepository {

    void add(ExchangeRequest request);

    Optional<ExchangeRequest> findById(long id);

    /** A resident's requests, newest first. */
    List<ExchangeRequest> findByResident(String residentId, int limit);

    /**
     * Locks, until the transaction ends, up to {@code limit} requests that a worker may take: those
     * accepted and those whose claim's lease ended before {@code now}; rows another transaction holds
     * are skipped ({@code FOR UPDATE SKIP LOCKED}), so two workers never get the same request.
     */
    List<ExchangeRequest> lockClaimable(Instant now, int limit);

    /** The request, locked until the transaction ends (waiting for a transaction that holds it). */
    Optional<ExchangeRequest> lockById(long id);

    /** How many exchange records the resident has in {@code [from, to)}. */
    long countRecords(String residentId, Instant from, Instant to);

    /** Copies the resident's exchange records of {@code [from, to)} into the request's result; how many. */
    int copyRecords(long requestId, String residentId, Instant from, Instant to);

    /** Removes a request and its result. */
    void remove(ExchangeRequest request);

    /** Removes the requests (and results) kept until before {@code now}; how many. */
    int removeExpired(Instant now);

    /** One page of a result's lines. */
    List<ExchangeResultLine> lines(long requestId, LineFilter filter, LineOrder order, int offset, int limit);

    long countLines(long requestId, LineFilter filter);

    /** The distinct asking agencies of a result, as code and name, by name. */
    List<String[]> requesters(long requestId);

    /** The distinct answering agencies of a result, as code and name, by name. */
    List<String[]> providers(long requestId);

    /** The distinct information names of a result. */
    List<String> informationNames(long requestId);

    /** The lines of a result counted by asking agency and information, most first. */
    List<LineCount> countsByRequesterAndInformation(long requestId);
}
