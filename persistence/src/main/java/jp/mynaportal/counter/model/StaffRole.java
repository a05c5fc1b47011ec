package jp.mynaportal.counter.model;

/** What a member of municipal staff may do at the counter of their municipality. */
public enum StaffRole {
    /** Resets a resident's blocked card PIN while the resident types the new one. */
    PIN_RESET
}
