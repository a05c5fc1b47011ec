package jp.mynaportal.exchange.model;

/** What came of an exchange; shown as the bundle entry {@code exchange.outcome.<name>}. */
public enum ExchangeOutcome {
    /** The providing agency provided the information. */
    PROVIDED,
    /** The providing agency held no such information for the resident. */
    NO_DATA,
    /** The providing agency did not provide it (e.g. the request was outside the law's purposes). */
    REFUSED
}
