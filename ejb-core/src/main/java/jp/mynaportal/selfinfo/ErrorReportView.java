package jp.mynaportal.selfinfo;

import java.time.Instant;
import jp.mynaportal.agency.AgencyInfo;
import jp.mynaportal.selfinfo.model.ErrorReportStatus;

/**
 * A resident's error report as the resident sees it, with its status and the agency's note.
 *
 * @param attribute the attribute reported, or null for the whole record
 */
public record ErrorReportView(
        long id,
        ItemInfo item,
        AgencyInfo agency,
        AttributeInfo attribute,
        String description,
        ErrorReportStatus status,
        String agencyNote,
        Instant createdAt,
        Instant updatedAt) {}
