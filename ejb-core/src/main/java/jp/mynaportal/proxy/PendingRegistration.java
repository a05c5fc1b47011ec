package jp.mynaportal.proxy;

import java.io.Serializable;
import java.time.Instant;

/**
 * A registration that waits for the cards: the resident's first, then the 代理人's.
 *
 * @param replacesId the live registration a widening replaces, or null for a new one
 * @param proxyName the 代理人 of a widening (whose card must confirm it), or null
 */
public record PendingRegistration(
        long id, ProxyGrant grant, boolean residentConfirmed, Long replacesId, String proxyName, Instant pendingUntil)
        implements Serializable {}
