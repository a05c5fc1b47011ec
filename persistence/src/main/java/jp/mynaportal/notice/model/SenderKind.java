package jp.mynaportal.notice.model;

/** Who sends a notice to many: a municipality (its counter staff) or an agency (through the agency API). */
public enum SenderKind {
    /** A municipality; the sender code is its local-government code. */
    MUNICIPALITY,
    /** An agency; the sender code is its code in the agency registry. */
    AGENCY
}
