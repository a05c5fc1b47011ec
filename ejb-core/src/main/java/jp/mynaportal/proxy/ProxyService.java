package jp.mynaportal.proxy;

import java.util.List;

/**
 * 代理人 (handbook 3-J). The resident, with the 代理人 beside them, starts a registration (services,
 * 分野, period), confirms it with their own card and PIN, then the 代理人 confirms it with theirs on
 * the same terminal; only then does it exist. The resident lists, narrows, widens (the 代理人's card
 * again) and revokes; both are told by お知らせ (and mail if they chose it) and both usage logs
 * record it. A 代理人 lists whom they may act for; {@code AuthenticationService.proxyTicket} then
 * makes them act for that resident.
 */
public interface ProxyService {

    /**
     * Starts a registration for the caller.
     *
     * @return the pending registration's id
     * @throws InvalidProxyGrantException when the grant is not acceptable (nothing is stored)
     */
    long start(ProxyGrant grant);

    /**
     * A pending registration of the caller, or a widening of one of theirs.
     *
     * @throws NoSuchRegistrationException when the caller has no such pending registration
     */
    PendingRegistration pending(long pendingId);

    /** The resident's step: the logged-in resident's own card and login PIN (the array is wiped). */
    CardCheck confirmAsResident(long pendingId, String readerName, char[] pin, String terminal);

    /**
     * The 代理人's step, after the resident's, on the same terminal: their own card and login PIN. The
     * registration is live from now on (a widening replaces the registration it widens).
     */
    CardCheck confirmAsProxy(long pendingId, String readerName, char[] pin, String terminal);

    /** Abandons a pending registration: nothing of it remains. */
    void abandon(long pendingId);

    /** The caller's registrations, as resident and as 代理人, live and ended, newest period first. */
    List<ProxyRegistrationView> registrations();

    /**
     * Changes a live registration of the caller's: a narrower grant or a shorter period applies at
     * once; anything wider waits for the 代理人's card as a pending registration.
     *
     * @throws InvalidProxyGrantException when the grant is not acceptable
     */
    ProxyChange change(long registrationId, ProxyGrant grant, String terminal);

    /** Revokes a live registration of the caller's: the 代理人's next request is refused. */
    void revoke(long registrationId, String terminal);

    /** Whom the caller may act for now, as 代理人. */
    List<ProxyRegistrationView> mandates();

    /** The longest period a registration may have, in days. */
    int maxPeriodDays();
}
