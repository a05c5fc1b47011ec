package jp.mynaportal.exchange;

import java.io.Serializable;
import java.time.Instant;
import jp.mynaportal.exchange.model.ExchangeOutcome;

/** One exchange of a result: when, 照会機関, 提供機関, 事務, 特定個人情報名, and what came of it. */
public record ExchangeLine(
        Instant exchangedAt,
        String requester,
        String provider,
        String procedure,
        String information,
        ExchangeOutcome outcome)
        implements Serializable {}
