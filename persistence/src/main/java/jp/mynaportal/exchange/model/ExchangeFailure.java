package jp.mynaportal.exchange.model;

/** Why a 提供要求 ended in エラー; shown as {@code exchange.failure.<name>}. */
public enum ExchangeFailure {
    /** The period held more exchanges than one result may show: the resident should ask for a shorter one. */
    TOO_MANY_EXCHANGES,
    /** Every attempt to build it ended without a result (the workers that claimed it died or failed). */
    ATTEMPTS_EXHAUSTED
}
