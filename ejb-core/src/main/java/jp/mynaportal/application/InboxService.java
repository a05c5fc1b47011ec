package jp.mynaportal.application;

import java.util.List;
import java.util.Map;
import jp.mynaportal.application.model.ApplicationStatus;

/**
 * The counter inbox: municipal staff see the applications addressed to their municipalities,
 * examine them with the signature check, and decide. Staff of another municipality (and
 * residents) see nothing of an application: its id behaves as one that does not exist. Each
 * look and each decision is in the usage log once, with the applicant as subject and the staff
 * member as actor, so that both find it; each decision notifies the applicant.
 */
public interface InboxService {

    /** How many applications each status holds. */
    Map<ApplicationStatus, Long> counts();

    /** The applications in one status, newest submission first. */
    List<InboxLine> inbox(ApplicationStatus status);

    /**
     * One application with its signature check; recorded in the usage log as the staff member (of
     * the application's municipality) looking at the applicant's data, so both see it.
     */
    StaffApplication open(long applicationId, String terminal);

    /** An attachment of an application addressed to the staff member's municipality. */
    AttachmentFile attachment(long applicationId, String fieldKey);

    /**
     * 受付 → 審査中 → 完了, or 差戻し / 却下 with a comment for the applicant.
     *
     * @throws ApplicationException NOT_FOUND, TRANSITION, COMMENT_REQUIRED, COMMENT_TOO_LONG
     */
    void changeStatus(long applicationId, ApplicationStatus to, String comment, String terminal);

    /** The inbox of one status (or of all, when null) for a CSV export; the export is in the usage log. */
    List<InboxLine> export(ApplicationStatus status, String terminal);
}
