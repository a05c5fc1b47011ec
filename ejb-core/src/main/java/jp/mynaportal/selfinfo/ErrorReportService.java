package jp.mynaportal.selfinfo;

import java.util.List;
import java.util.Optional;
import jp.mynaportal.selfinfo.model.ErrorReportStatus;

/**
 * 「内容に誤りがある場合」: residents report errors in their records; the report reaches the queue of
 * the agency that sent the record, which answers it; the resident sees its status.
 */
public interface ErrorReportService {

    /** One of the caller's records to report on; empty for a record that is not the caller's. */
    Optional<ReportTarget> target(long recordId);

    /**
     * Reports an error in one of the caller's shown records; recorded in 利用履歴.
     *
     * @throws ErrorReportException for a record that is not the caller's, an empty or too long
     *     description, an attribute the record does not have, or a wrong attachment
     */
    long report(ErrorReportDraft draft, String terminal);

    /** The caller's reports, newest first. */
    List<ErrorReportView> myReports();

    /** The calling agency's queue: its reports in these statuses (all when empty), oldest first. */
    List<AgencyErrorReport> queue(List<ErrorReportStatus> statuses, int limit);

    /** The attachment of one of the calling agency's reports. */
    Optional<byte[]> attachment(long reportId);

    /**
     * The calling agency answers one of its reports.
     *
     * @throws ErrorReportException for a report that is not the agency's
     */
    AgencyErrorReport answer(long reportId, ErrorReportStatus status, String note);
}
