package jp.mynaportal.connect.model;

import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import jp.mynaportal.platform.model.UtcInstantConverter;

/**
 * A single-use authorization code, stored as its SHA-256: for which site, resident and consent,
 * the exact redirect URI and PKCE challenge (S256) of the request, its nonce, and until when it
 * may be redeemed.
 */
@Entity
@Table(name = "connect_code")
public class AuthorizationCode {

    @Id
    @Column(name = "code_hash", length = 64, nullable = false, updatable = false)
    private String codeHash;

    @Column(name = "client_id", length = 64, nullable = false, updatable = false)
    private String clientId;

    @Column(name = "resident_id", length = 36, nullable = false, updatable = false)
    private String residentId;

    @Column(name = "consent_id", nullable = false, updatable = false)
    private long consentId;

    @Column(name = "redirect_uri", length = 1000, nullable = false, updatable = false)
    private String redirectUri;

    @Column(name = "code_challenge", length = 128, nullable = false, updatable = false)
    private String codeChallenge;

    @Column(name = "nonce", length = 255, updatable = false)
    private String nonce;

    @Column(name = "claims", length = 500, nullable = false, updatable = false)
    private String claims;

    @Convert(converter = UtcInstantConverter.class)
    @Column(name = "auth_time", nullable = false, updatable = false)
    private Instant authTime;

    @Convert(converter = UtcInstantConverter.class)
    @Column(name = "expires_at", nullable = false, updatable = false)
    private Instant expiresAt;

    @Convert(converter = UtcInstantConverter.class)
    @Column(name = "redeemed_at")
    private Instant redeemedAt;

    protected AuthorizationCode() {}

    /** The request's facts that the token request must match. */
    public record Request(String redirectUri, String codeChallenge, String nonce, List<String> claims) {}

    public AuthorizationCode(
            String codeHash,
            String clientId,
            String residentId,
            long consentId,
            Request request,
            Instant authTime,
            Instant expiresAt) {
        this.codeHash = Objects.requireNonNull(codeHash, "codeHash");
        this.clientId = Objects.requireNonNull(clientId, "clientId");
        this.residentId = Objects.requireNonNull(residentId, "residentId");
        this.consentId = consentId;
        this.redirectUri = Objects.requireNonNull(request.redirectUri(), "redirectUri");
        this.codeChallenge = Objects.requireNonNull(request.codeChallenge(), "codeChallenge");
        this.nonce = request.nonce();
        this.claims = String.join(" ", request.claims());
        this.authTime = Objects.requireNonNull(authTime, "authTime");
        this.expiresAt = Objects.requireNonNull(expiresAt, "expiresAt");
    }

    /** Marks it redeemed; false if it was redeemed before (a replay). */
    public boolean redeem(Instant at) {
        if (redeemedAt != null) {
            return false;
        }
        redeemedAt = at;
        return true;
    }

    public boolean expiredAt(Instant now) {
        return !now.isBefore(expiresAt);
    }

    public String getCodeHash() {
        return codeHash;
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

    public String getRedirectUri() {
        return redirectUri;
    }

    public String getCodeChallenge() {
        return codeChallenge;
    }

    public String getNonce() {
        return nonce;
    }

    public List<String> getClaims() {
        return claims.isEmpty() ? List.of() : List.of(claims.split(" "));
    }

    public Instant getAuthTime() {
        return authTime;
    }

    public Instant getExpiresAt() {
        return expiresAt;
    }

    public Instant getRedeemedAt() {
        return redeemedAt;
    }
}
