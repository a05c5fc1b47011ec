package jp.mynaportal.notice;

/** Who a notice comes from, as the resident's list filters it. */
public enum NoticeSource {
    /** The portal itself, about the resident's own applications and requests. */
    PORTAL,
    /** A municipality. */
    MUNICIPALITY,
    /** An agency. */
    AGENCY,
    /** A connected site (もっとつながる) whose お知らせ the resident allowed. */
    SITE
}
