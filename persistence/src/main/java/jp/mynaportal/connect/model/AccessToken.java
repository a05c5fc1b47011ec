package jp.mynaportal.connect.model;

import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import jp.mynaportal.platform.model.UtcInstantConverter;

/**
 * An access token for the userinfo endpoint, stored as its SHA-256: issued for one code, so that a
 * replayed code revokes it, and for one consent, so that つなぐのをやめる revokes it.
 */
@Entity
@Table(name = "connect_token")
@NamedQuery(
        name = AccessToken.FIND_ACTIVE_BY_CONSENT,
        query = "SELECT t FROM AccessToken t WHERE t.consentId = :consentId AND t.revokedAt IS NULL")
@NamedQuery(
        name = AccessToken.FIND_ACTIVE_BY_CODE,
        query = "SELECT t FROM AccessToken t WHERE t.codeHash = :codeHash AND t.revokedAt IS NULL")
public class AccessToken {

    public static final String FIND_ACTIVE_BY_CONSENT = "AccessToken.findActiveByConsent";
    public static final String FIND_ACTIVE_BY_CODE = "AccessToken.findActiveByCode";

    @Id
    @Column(name = "token_hash", length = 64, nullable = false, updatable = false)
    private String tokenHash;

    @Column(name = "code_hash", length = 64, nullable = false, updatable = false)
    private String codeHash;

    @Column(name = "client_id", length = 64, nullable = false, updatable = false)
    private String clientId;

    @Column(name = "resident_id", length = 36, nullable = false, updatable = false)
    private String residentId;

    @Column(name = "consent_id", nullable = false, updatable = false)
    private long consentId;

    @Column(name = "claims", length = 500, nullable = false, updatable = false)
    private String claims;

    @Convert(converter = UtcInstantConverter.class)
    @Column(name = "issued_at", nullable = false, updatable = false)
    private Instant issuedAt;

    @Convert(converter = UtcInstantConverter.class)
    @Column(name = "expires_at", nullable = false, updatable = false)
    private Instant expiresAt;

    @Convert(converter = UtcInstantConverter.class)
    @Column(name = "revoked_at")
    private Instant revokedAt;

    protected AccessToken() {}

    public AccessToken(String tokenHash, AuthorizationCode code, Instant issuedAt, Instant expiresAt) {
        this.tokenHash = Objects.requireNonNull(tokenHash, "tokenHash");
        this.codeHash = code.getCodeHash();
        this.clientId = code.getClientId();
        this.residentId = code.getResidentId();
        this.consentId = code.getConsentId();
        this.claims = String.join(" ", code.getClaims());
        this.issuedAt = Objects.requireNonNull(issuedAt, "issuedAt");
        this.expiresAt = Objects.requireNonNull(expiresAt, "expiresAt");
    }

    /** Revokes it (once). */
    public void revoke(Instant at) {
        if (revokedAt == null) {
            revokedAt = at;
        }
    }

    /** Usable now: neither expired nor revoked. */
    public boolean usableAt(Instant now) {
        return revokedAt == null && now.isBefore(expiresAt);
    }

    public String getTokenHash() {
        return tokenHash;
    }

    public String getClientId() {
        return clientId;
    }

    public String getResidentId() {
        return residentId;
    }

    public long getConsentId() {
        return consentId;
    }

    public List<String> getClaims() {
        return claims.isEmpty() ? List.of() : List.of(claims.split(" "));
    }

    public Instant getExpiresAt() {
        return expiresAt;
    }

    public Instant getRevokedAt() {
        return revokedAt;
    }
}
