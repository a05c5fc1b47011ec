package jp.mynaportal.exchange.model;

/** Where a 提供要求 stands; shown as {@code exchange.state.<name>} (受付済, 作成中, 完了, エラー). */
public enum ExchangeState {
    /** Stored, waiting for a worker (受付済). */
    ACCEPTED,
    /** Claimed by a worker on some node until its lease ends (作成中). */
    BUILDING,
    /** The result is built (完了). */
    COMPLETED,
    /** It could not be built; the reason says why (エラー). */
    FAILED
}
