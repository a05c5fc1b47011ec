package jp.mynaportal.auth.model;

import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.NamedNativeQuery;
import jakarta.persistence.Table;
import java.time.Instant;
import jp.mynaportal.platform.model.UtcInstantConverter;

/**
 * A session a login opened, named by the SHA-256 of a random token that only the session holds: the
 * portal records the session's end for the resident named here, so that nobody can name another
 * resident as the one whose session ended.
 */
@Entity
@Table(name = "auth_login_session")
@NamedNativeQuery(
        name = LoginSession.END,
        query =
                "UPDATE auth_login_session SET ended_at = ?1, end_reason = ?2 WHERE token_hash = ?3 AND ended_at IS NULL")
@NamedNativeQuery(
        name = LoginSession.DELETE_OPENED_BEFORE,
        query = "DELETE FROM auth_login_session WHERE opened_at < ?1")
public class LoginSession {

    public static final String END = "LoginSession.end";
    public static final String DELETE_OPENED_BEFORE = "LoginSession.deleteOpenedBefore";

    @Id
    @Column(name = "token_hash", length = 64, nullable = false, updatable = false)
    private String tokenHash;

    @Column(name = "resident_id", length = 64, nullable = false, updatable = false)
    private String residentId;

    @Convert(converter = UtcInstantConverter.class)
    @Column(name = "opened_at", nullable = false, updatable = false)
    private Instant openedAt;

    @Convert(converter = UtcInstantConverter.class)
    @Column(name = "ended_at")
    private Instant endedAt;

    @Column(name = "end_reason", length = 40)
    private String endReason;

    protected LoginSession() {}

    public LoginSession(String tokenHash, String residentId, Instant openedAt) {
        this.tokenHash = tokenHash;
        this.residentId = residentId;
        this.openedAt = openedAt;
    }

    public String getTokenHash() {
        return tokenHash;
    }

    public String getResidentId() {
        return residentId;
    }

    public Instant getOpenedAt() {
        return openedAt;
    }

    public Instant getEndedAt() {
        return endedAt;
    }

    public String getEndReason() {
        return endReason;
    }
}
