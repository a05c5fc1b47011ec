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
    /** 代理人: a registration was confirmed by both cards (to the resident and to the 代理人). */
    PROXY_REGISTERED,
    /** 代理人: the resident shortened, narrowed or widened a registration. */
    PROXY_CHANGED,
    /** 代理人: the resident revoked a registration. */
    PROXY_REVOKED,
    /** 代理人: a registration's period ended. */
    PROXY_EXPIRED,
    /** 代理人: a registration stopped because a card was reissued or a certificate revoked. */
    PROXY_STOPPED,
    /** The resident reset their own login password with the signing password (so that a reset nobody asked for is seen). */
    PIN_RESET_BY_HOLDER
}
