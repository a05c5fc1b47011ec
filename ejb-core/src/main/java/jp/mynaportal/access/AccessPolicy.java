package jp.mynaportal.access;

/**
 * The one place that decides whether an actor may do an operation on a subject's data in a portal
 * service. Today: a registered resident on their own data in the resident services, a card holder
 * on their own 利用者登録, and staff on the data of residents of the municipalities they serve in the
 * counter services; a 代理人 on the data of the resident they act for, within the services
 * ({@link ProxyScope}), 分野 and period the resident granted, asked afresh on every call.
 */
public interface AccessPolicy {

    /** Whether the actor may do the operation on the subject's data in the service. */
    default boolean permits(Actor actor, Subject subject, PortalService service, Operation operation) {
        return permits(actor, subject, service, operation, null);
    }

    /**
     * As {@link #permits(Actor, Subject, PortalService, Operation)} for data of one あなたの情報 分野
     * (a 代理人 may be granted some 分野 only).
     *
     * @param field the 分野 code, or null where the data has none
     */
    boolean permits(Actor actor, Subject subject, PortalService service, Operation operation, String field);

    /** As {@link #require(Actor, Subject, PortalService, Operation)} for data of one 分野. */
    default void require(Actor actor, Subject subject, PortalService service, Operation operation, String field) {
        if (!permits(actor, subject, service, operation, field)) {
            throw new AccessDeniedException(service + " " + operation + " refused to the caller");
        }
    }

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
