package jp.mynaportal.pittari.model;

/** Whether residents see a municipality's procedure. */
public enum ProcedureStatus {
    PUBLISHED,
    /** Withdrawn by the municipality; kept so that its page and later applications still resolve. */
    WITHDRAWN
}
