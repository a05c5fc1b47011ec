package jp.mynaportal.access;

/**
 * The one place that decides whether an actor may do an operation on a subject's data in a portal
 * service. Today: a registered resident on their own data in the resident services, a card holder
 * on their own 利用者登録, and staff on the data of residents of the municipalities they serve in the
 * counter services. Issue 16 adds 代理人 with granted services, scopes and periods.
 */
public interface AccessPolicy {

    /** Whether the actor may do the operation on the subject's data in the service. */
    boolean permits(Actor actor, Subject subject, PortalService service, Operation operation);

    /**
     * As {@link #permits}, refusing with an exception.
     *
     * @throws AccessDeniedException when the policy does not permit it
     */
    default void require(Actor actor, Subject subject, PortalService service, Operation operation) {
        if (!permits(actor, subject, service, operation)) {
            throw new AccessDeniedException(service + " " + operation + " refused to the caller");
        }
    }
}
