package jp.mynaportal.application;

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
     * @param actorId who decided (an agency's code, a staff member's resident id)
     * @throws ApplicationException NOT_FOUND when the application is not one of that function's, or
     *     TRANSITION when it is not waiting for a decision
     */
    void complete(long applicationId, String function, String actorId, String terminal);
}
