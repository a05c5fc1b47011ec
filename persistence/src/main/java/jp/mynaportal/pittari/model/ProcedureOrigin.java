package jp.mynaportal.pittari.model;

/** Where a municipality's procedure comes from. */
public enum ProcedureOrigin {
    /** Offered from a national template; its texts are the template's unless rewritten locally. */
    TEMPLATE,
    /** Written by the municipality itself, with all of its own texts. */
    LOCAL
}
