package jp.mynaportal.notice.internal;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jp.mynaportal.access.Operation;
import jp.mynaportal.access.PortalService;
import jp.mynaportal.access.Subject;
import jp.mynaportal.usage.UsageRecorder;
import jp.mynaportal.usage.model.UsageAction;

/**
 * The one 利用履歴 entry of a notice that staff or an agency sent, in the sending transaction. A
 * notice to one resident is an act on that resident's data: it is in their 利用履歴, with the sender
 * as actor. A notice to criteria names nobody: it is the sender's own record ({@link
 * UsageAction#NOTICE_SENT}, the notice's id as its result), so that every notice to many has an
 * accountable sender without a row per recipient.
 */
@ApplicationScoped
class NoticeSends {

    /** The purpose of an entry in the 利用履歴 of the resident a notice was written to. */
    static final String PURPOSE = "NOTICE";

    @Inject
    private UsageRecorder usage;

    /**
     * Records the send of notice {@code id}.
     *
     * @param resident the one resident it was written to, or null for a notice to criteria
     * @param toResident what the resident's 利用履歴 calls it
     */
    void record(long id, Subject resident, UsageAction toResident, String terminal) {
        if (resident == null) {
            usage.byCaller(UsageAction.NOTICE_SENT, "NOTICE " + id, terminal);
        } else {
            usage.onSubject(
                    resident, PortalService.NOTICE_DELIVERY, Operation.WRITE, toResident, "SUCCESS", terminal, PURPOSE);
        }
    }
}
