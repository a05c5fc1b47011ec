package jp.mynaportal.account;

/** What opening an e-mail confirmation link did. */
public enum EmailConfirmation {
    /** The new address is in use from now on. */
    CONFIRMED,
    /** The link was used before, or its 24 hours are over: nothing changed. */
    EXPIRED,
    /** No such link: nothing changed. */
    UNKNOWN
}
