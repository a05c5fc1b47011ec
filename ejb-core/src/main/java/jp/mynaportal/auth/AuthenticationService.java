package jp.mynaportal.auth;

import java.util.List;
import java.util.Optional;

/**
 * Login with the My Number card's authentication certificate, from a card reader attached to this
 * node or from a client that holds the card itself (a Web eID token). Both run the same checks:
 * a single-use challenge bound to the HTTP session, the signature, the certificate path to the
 * configured CA, validity, key usage and the CRL; then the certificate is mapped to a resident.
 * A successful login does not name the caller to the web tier: it hands out a single-use login
 * ticket that only {@link #redeem} turns into an identity, which the authentication mechanism gives
 * the container. Every attempt and every logout is recorded in the usage log.
 */
public interface AuthenticationService {

    /** Lifetime of a challenge. */
    java.time.Duration CHALLENGE_LIFETIME = java.time.Duration.ofMinutes(5);

    /** Lifetime of a login ticket: it is redeemed in the request that logged in. */
    java.time.Duration TICKET_LIFETIME = java.time.Duration.ofSeconds(60);

    /** A new 32-byte single-use challenge for a session. */
    Challenge issueChallenge(String sessionId);

    /**
     * Logs in with a Web eID token that signs a challenge this session was given.
     *
     * @param tokenJson the token as JSON text
     * @param terminal where the request came from, for the usage log
     */
    LoginResult loginWithToken(String sessionId, String challenge, String tokenJson, String terminal);

    /**
     * Logs in with a Web eID token as {@link #loginWithToken} does and, when it succeeds, opens the
     * login's session in the same transaction (the caller's identity read, the session's row
     * written): redeeming the ticket then only takes it from memory. For the client whose session
     * the ticket is redeemed in right away (the token endpoint).
     */
    LoginResult openSessionWithToken(String sessionId, String challenge, String tokenJson, String terminal);

    /**
     * Logs in with the card in one of this node's readers: checks the PIN on the card (the array is
     * wiped), has the card sign a fresh challenge, and validates the result like a token.
     */
    LoginResult loginWithCard(String sessionId, String readerName, char[] pin, String terminal);

    /**
     * The readers of this node, by name, for a terminal (the client address) that the operator
     * enabled for reader use; empty for any other terminal or when no reader is configured.
     */
    List<String> cardReaders(String terminal);

    /**
     * The identity a login ticket was issued for, once: the ticket is used up. Empty for a ticket
     * never issued, used before or expired.
     */
    Optional<LoginIdentity> redeem(String ticket);

    /**
     * A new login ticket for the current caller, with their data as it is now (after 利用者登録 the
     * caller becomes a resident).
     */
    String renewTicket();

    /**
     * 代理人として利用する: a new login ticket for the caller (a resident, or a 代理人 already acting
     * for someone) acting for the resident of their 代理人 registration, when it is live now. The
     * session it authenticates has the group PROXY only; {@link #renewTicket} goes back to the
     * caller's own portal. Recorded in both usage logs.
     *
     * @throws jp.mynaportal.access.AccessDeniedException when the registration is not a live one of
     *     the caller's as 代理人
     */
    String proxyTicket(long registrationId, String terminal);

    /**
     * Whether the login certificate of a session ({@link LoginIdentity#certificate()}) can no longer
     * log in: it is on its CA's current CRL, or it expired or lost its path to a trusted CA since. The
     * authentication mechanism asks on every request of a session, before the container knows the
     * caller, and ends the session when this is true; the end is recorded in the usage log of the
     * resident whose login opened the session that {@code sessionToken} names. While no current CRL
     * can be read the session goes on (a new login is refused then anyway).
     */
    boolean certificateRevoked(String sessionToken, String certificate, String terminal);

    /** Records the end of the current caller's session. */
    void logout(String terminal);

    /**
     * Records the end of a session at its absolute timeout, for the resident whose login opened the
     * session that {@code sessionToken} names ({@link LoginIdentity#sessionToken()}); a token that
     * names no open session records nothing. The authentication mechanism calls it before the
     * container knows any caller of the request.
     */
    void sessionExpired(String sessionToken, String terminal);
}
