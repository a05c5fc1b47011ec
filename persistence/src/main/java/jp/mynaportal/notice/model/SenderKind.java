package jp.mynaportal.notice.model;

/** Who sends a notice to many: a municipality (its counter staff), an agency (through the agency API) or a connected site. */
public enum SenderKind {
    /** A municipality; the sender code is its local-government code. */
    MUNICIPALITY,
    /** An agency; the sender code is its code in the agency registry. */
    AGENCY,
    /**
     * A connected site (もっとつながる) delivering to a resident who allowed its お知らせ; the sender
     * code is its client id.
     */
    SITE
}
