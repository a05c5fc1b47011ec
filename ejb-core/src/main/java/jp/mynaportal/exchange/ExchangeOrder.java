package jp.mynaportal.exchange;

/** How a result's lines are sorted. */
public enum ExchangeOrder {
    /** Newest exchange first (the default). */
    NEWEST,
    /** Oldest exchange first. */
    OLDEST,
    /** By 照会機関. */
    REQUESTER,
    /** By 提供機関. */
    PROVIDER,
    /** By 特定個人情報名. */
    INFORMATION
}
