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
    PIN_RESET
}
