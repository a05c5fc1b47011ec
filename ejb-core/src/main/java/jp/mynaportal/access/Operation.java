package jp.mynaportal.access;

/** What an actor does to a subject's data. */
public enum Operation {
    /** Reads it. */
    READ,
    /** Creates or changes it. */
    WRITE
}
