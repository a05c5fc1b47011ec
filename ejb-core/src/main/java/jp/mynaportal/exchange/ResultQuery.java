package jp.mynaportal.exchange;

import java.io.Serializable;
import java.util.Objects;
import jp.mynaportal.exchange.model.ExchangeOutcome;

/**
 * Which lines of a result to show, in which order, which page (from 0) of {@code pageSize}.
 * Each filter is null for "any".
 */
public record ResultQuery(
        String requester,
        String provider,
        String information,
        ExchangeOutcome outcome,
        ExchangeOrder order,
        int page,
        int pageSize)
        implements Serializable {

    public static final int MAX_PAGE_SIZE = 200;

    public ResultQuery {
        Objects.requireNonNull(order, "order");
        if (page < 0 || pageSize < 1 || pageSize > MAX_PAGE_SIZE) {
            throw new IllegalArgumentException("page from 0, page size 1 to " + MAX_PAGE_SIZE);
        }
    }

    /** Every line, newest first, the first page of {@code pageSize}. */
    public static ResultQuery all(int pageSize) {
        return new ResultQuery(null, null, null, null, ExchangeOrder.NEWEST, 0, pageSize);
    }
}
