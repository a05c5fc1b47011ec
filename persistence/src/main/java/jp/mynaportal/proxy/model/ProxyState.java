package jp.mynaportal.proxy.model;

/** Where a 代理人 registration stands. */
public enum ProxyState {
    /** Started by the resident; exists as a registration only once both cards confirmed it. */
    PENDING,
    /** Confirmed by both: the 代理人 may act within it, inside its period. */
    ACTIVE,
    /** Revoked by the resident. */
    REVOKED,
    /** Its period ended. */
    EXPIRED,
    /** A card of either person was reissued or its certificate revoked: it must be made again. */
    STOPPED,
    /** A widening, confirmed by the 代理人's card again, took its place. */
    REPLACED;

    /** Whether the registration has ended for good. */
    public boolean ended() {
        return this != PENDING && this != ACTIVE;
    }
}
