package jp.mynaportal.auth.model;

import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.NamedNativeQuery;
import jakarta.persistence.Table;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import jp.mynaportal.platform.model.UtcInstantConverter;

/**
 * A single-use login challenge: a random nonce bound to the HTTP session that asked for it, valid
 * for a few minutes. Kept in the database so that any node of a cluster can check it.
 */
@Entity
@Table(name = "auth_challenge")
@NamedNativeQuery(
        name = LoginChallenge.USE,
        query = "UPDATE auth_challenge SET used_at = ?1 WHERE nonce = ?2 AND session_id = ?3 AND used_at IS NULL"
                + " AND expires_at > ?4")
@NamedNativeQuery(name = LoginChallenge.DELETE_EXPIRED, query = "DELETE FROM auth_challenge WHERE expires_at < ?1")
public class LoginChallenge {

    /**
     * Uses a challenge in one statement, if it is the presenting session's, unused and unexpired:
     * the conditions of {@link #check} as of the same moment.
     */
    public static final String USE = "LoginChallenge.use";

    public static final String DELETE_EXPIRED = "LoginChallenge.deleteExpired";

    /** What a presented challenge turned out to be. */
    public enum Check {
        /** Issued to this session, unused and unexpired. */
        ACCEPTED,
        /** Never issued, or issued to another session. */
        UNKNOWN,
        /** Already used once. */
        REPLAYED,
        /** Past its expiry. */
        EXPIRED
    }

    @Id
    @Column(name = "nonce", length = 64, nullable = false, updatable = false)
    private String nonce;

    @Column(name = "session_id", length = 128, nullable = false, updatable = false)
    private String sessionId;

    @Convert(converter = UtcInstantConverter.class)
    @Column(name = "issued_at", nullable = false, updatable = false)
    private Instant issuedAt;

    @Convert(converter = UtcInstantConverter.class)
    @Column(name = "expires_at", nullable = false, updatable = false)
    private Instant expiresAt;

    @Convert(converter = UtcInstantConverter.class)
    @Column(name = "used_at")
    private Instant usedAt;

    protected LoginChallenge() {}

    public LoginChallenge(String nonce, String sessionId, Instant issuedAt, Duration lifetime) {
        this.nonce = Objects.requireNonNull(nonce, "nonce");
        this.sessionId = Objects.requireNonNull(sessionId, "sessionId");
        this.issuedAt = Objects.requireNonNull(issuedAt, "issuedAt");
        this.expiresAt = issuedAt.plus(lifetime);
    }

    /** Whether this challenge may be used now by the session that presents it. */
    public Check check(String presentingSession, Instant now) {
        if (!sessionId.equals(presentingSession)) {
            return Check.UNKNOWN;
        }
        if (usedAt != null) {
            return Check.REPLAYED;
        }
        if (!now.isBefore(expiresAt)) {
            return Check.EXPIRED;
        }
        return Check.ACCEPTED;
    }

    public String getNonce() {
        return nonce;
    }

    public String getSessionId() {
        return sessionId;
    }

    public Instant getIssuedAt() {
        return issuedAt;
    }

    public Instant getExpiresAt() {
        return expiresAt;
    }

    public Instant getUsedAt() {
        return usedAt;
    }
}
