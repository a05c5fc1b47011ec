package jp.mynaportal.usage.model;

/** What a usage-log entry records. */
public enum UsageAction {
    /** A login attempt, successful or not. */
    LOGIN,
    /** A logout, or the end of a session by a timeout. */
    LOGOUT,
    /** 利用者登録 at the first login. */
    REGISTRATION,
    /** A PIN reset at a municipal counter, recorded for the resident and for the staff member. */
    PIN_RESET,
    /** 一時保存: the resident saved an application draft on purpose (not the saves after each change). */
    APPLICATION_DRAFT_SAVED,
    /** An application submitted (or resubmitted after 差戻し), recorded for the resident. */
    APPLICATION_SUBMITTED,
    /** A try to sign an application with the card, successful or not. */
    APPLICATION_SIGNATURE,
    /** A municipality changed an application's status, recorded for the resident and the staff member. */
    APPLICATION_STATUS_CHANGED,
    /** A staff member opened an application or exported the inbox. */
    APPLICATION_VIEWED_BY_STAFF,
    /** あなたの情報: the resident looked at the records agencies hold about them. */
    SELF_INFORMATION_VIEWED,
    /** あなたの情報: the resident saved the shown records as PDF or CSV. */
    SELF_INFORMATION_DOWNLOADED,
    /** あなたの情報: the resident reported an error in a record to its agency. */
    SELF_INFORMATION_ERROR_REPORTED
}
