package jp.mynaportal.exchange;

import java.io.Serializable;
import java.time.Instant;
import java.time.LocalDate;
import jp.mynaportal.exchange.model.ExchangeFailure;
import jp.mynaportal.exchange.model.ExchangeState;

/**
 * A 提供要求 as 状況確認 lists it.
 *
 * @param lineCount the number of exchanges of a completed result, else null
 * @param failure why it failed, else null
 * @param expiresAt until when the result (or the failure) is kept, else null
 */
public record ExchangeRequestLine(
        long id,
        LocalDate from,
        LocalDate to,
        ExchangeState state,
        Instant requestedAt,
        Instant completedAt,
        Instant expiresAt,
        Integer lineCount,
        ExchangeFailure failure)
        implements Serializable {

    public boolean completed() {
        return state == ExchangeState.COMPLETED;
    }
}
