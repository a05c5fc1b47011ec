package jp.mynaportal.selfinfo;

import java.time.Instant;
import jp.mynaportal.selfinfo.model.ErrorReportStatus;

/**
 * A resident's error report in an agency's queue: the resident only by the agency's link code,
 * the agency's own record id and version.
 */
public record AgencyErrorReport(
        long id,
        String linkCode,
        String recordId,
        int version,
        String item,
        String attribute,
        String description,
        String attachmentName,
        int attachmentBytes,
        ErrorReportStatus status,
        String agencyNote,
        Instant createdAt,
        Instant updatedAt) {}
