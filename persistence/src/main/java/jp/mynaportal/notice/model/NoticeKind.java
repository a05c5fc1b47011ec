package jp.mynaportal.notice.model;

/** What a notice tells; its title and text are the bundle entries {@code notice.<kind>.title/text}. */
public enum NoticeKind {
    /** An application was received (受付). */
    APPLICATION_RECEIVED,
    /** The municipality started examining an application (審査中). */
    APPLICATION_UNDER_REVIEW,
    /** An application is done (完了). */
    APPLICATION_COMPLETED,
    /** An application was returned for correction (差戻し). */
    APPLICATION_RETURNED,
    /** An application was refused (却下). */
    APPLICATION_REJECTED,
    /** The result of a やりとり履歴 提供要求 is ready. */
    EXCHANGE_READY,
    /** A やりとり履歴 提供要求 could not be built. */
    EXCHANGE_FAILED,
    /** Staff at a municipal counter reset the resident's login password (so that a reset nobody asked for is seen). */
    PIN_RESET_AT_COUNTER,
    /** The resident reset their own login password with the signing password (so that a reset nobody asked for is seen). */
    PIN_RESET_BY_HOLDER
}
