package jp.mynaportal.selfinfo.model;

/** Where a resident's error report stands; the agency moves it on. */
public enum ErrorReportStatus {
    /** Sent by the resident; in the agency's queue. */
    SUBMITTED,
    /** The agency is looking into it. */
    INVESTIGATING,
    /** The agency corrected the record (a new version). */
    CORRECTED,
    /** The agency found the record right and says why. */
    NO_ERROR_FOUND
}
