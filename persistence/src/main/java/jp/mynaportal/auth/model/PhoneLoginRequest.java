package jp.mynaportal.auth.model;

import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.NamedNativeQuery;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Objects;
import jp.mynaportal.platform.model.UtcInstantConverter;

/**
 * A スマートフォンでログイン request: shown as a QR code in one browser session, confirmed once by a
 * phone holding the card, then collected once by that browser session. Its transitions are
 * conditional updates, so that of several nodes (or a replaying phone) exactly one succeeds.
 */
@Entity
@Table(name = "auth_phone_login")
@NamedNativeQuery(
        name = PhoneLoginRequest.CONFIRM,
        query = "UPDATE auth_phone_login SET state = 'CONFIRMED', resident_id = ?1, confirmed_at = ?2,"
                + " login_certificate = ?4 WHERE request_id = ?3 AND state = 'WAITING'")
@NamedNativeQuery(
        name = PhoneLoginRequest.COLLECT,
        query = "UPDATE auth_phone_login SET state = 'COLLECTED'"
                + " WHERE request_id = ?1 AND session_id = ?2 AND state = 'CONFIRMED'")
@NamedNativeQuery(
        name = PhoneLoginRequest.END_SESSION,
        query = "UPDATE auth_phone_login SET state = 'ENDED'"
                + " WHERE session_id = ?1 AND state IN ('WAITING', 'CONFIRMED')")
@NamedNativeQuery(name = PhoneLoginRequest.DELETE_EXPIRED, query = "DELETE FROM auth_phone_login WHERE expires_at < ?1")
public class PhoneLoginRequest {

    public static final String CONFIRM = "PhoneLoginRequest.confirm";
    public static final String COLLECT = "PhoneLoginRequest.collect";
    public static final String END_SESSION = "PhoneLoginRequest.endSession";
    public static final String DELETE_EXPIRED = "PhoneLoginRequest.deleteExpired";

    /** Where a request stands. */
    public enum State {
        /** Shown, waiting for the phone. */
        WAITING,
        /** The phone confirmed it with the card; the browser has not yet collected the login. */
        CONFIRMED,
        /** The browser logged in with it. */
        COLLECTED,
        /** The browser session that showed it ended first. */
        ENDED
    }

    @Id
    @Column(name = "request_id", length = 64, nullable = false, updatable = false)
    private String requestId;

    @Column(name = "session_id", length = 128, nullable = false, updatable = false)
    private String sessionId;

    @Column(name = "nonce", length = 64, nullable = false, updatable = false)
    private String nonce;

    @Convert(converter = UtcInstantConverter.class)
    @Column(name = "expires_at", nullable = false, updatable = false)
    private Instant expiresAt;

    @Enumerated(EnumType.STRING)
    @Column(name = "state", length = 16, nullable = false)
    private State state;

    @Column(name = "resident_id", length = 64)
    private String residentId;

    @Column(name = "login_certificate", length = 8000)
    private String loginCertificate;

    @Convert(converter = UtcInstantConverter.class)
    @Column(name = "confirmed_at")
    private Instant confirmedAt;

    protected PhoneLoginRequest() {}

    public PhoneLoginRequest(String requestId, String sessionId, String nonce, Instant expiresAt) {
        this.requestId = Objects.requireNonNull(requestId, "requestId");
        this.sessionId = Objects.requireNonNull(sessionId, "sessionId");
        this.nonce = Objects.requireNonNull(nonce, "nonce");
        this.expiresAt = Objects.requireNonNull(expiresAt, "expiresAt");
        this.state = State.WAITING;
    }

    /** Whether a phone may still confirm it at a moment: waiting and unexpired. */
    public boolean confirmableAt(Instant now) {
        return state == State.WAITING && now.isBefore(expiresAt);
    }

    /** Whether it belongs to a browser session. */
    public boolean shownIn(String browserSession) {
        return sessionId.equals(browserSession);
    }

    public String getRequestId() {
        return requestId;
    }

    public String getSessionId() {
        return sessionId;
    }

    public String getNonce() {
        return nonce;
    }

    public Instant getExpiresAt() {
        return expiresAt;
    }

    public State getState() {
        return state;
    }

    public String getResidentId() {
        return residentId;
    }

    public Instant getConfirmedAt() {
        return confirmedAt;
    }

    /** The certificate (base64 DER) the phone confirmed with, or null. */
    public String getLoginCertificate() {
        return loginCertificate;
    }
}
