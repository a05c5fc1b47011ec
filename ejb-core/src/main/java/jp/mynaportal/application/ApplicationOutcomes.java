package jp.mynaportal.application;

import jp.mynaportal.access.PortalService;
import jp.mynaportal.access.Subject;

/**
 * Lets a function whose applications are decided elsewhere than at the municipal counter ({@link
 * ProcedureCatalog#decidedAtCounter()} false) record the decision in the application core, inside
 * the function's own transaction and after the function's service has authorized the actor: the
 * application's status, its history, the resident's お知らせ and the usage log stay the core's.
 */
public interface ApplicationOutcomes {

    /**
     * The application is done (完了): its status becomes COMPLETED, the applicant is notified and the
     * change is in the applicant's usage log. Completing a completed application changes nothing.
     *
     * @param subject whose data it is, as the function's service found it (with the agency or
     *     municipality responsible), for the access policy and the applicant's 利用履歴
     * @param service the portal service the caller decided in
     * @throws ApplicationException NOT_FOUND when the application is not one of that function's, or
     *     TRANSITION when it is not waiting for a decision
     * @throws jp.mynaportal.access.AccessDeniedException when the policy does not let the caller write
     *     the subject's data in the service
     */
    void complete(long applicationId, String function, Subject subject, PortalService service, String terminal);
}
