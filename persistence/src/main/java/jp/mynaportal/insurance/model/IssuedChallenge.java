package jp.mynaportal.insurance.model;

import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Objects;
import jp.mynaportal.platform.model.UtcInstantConverter;

/**
 * A single-use challenge the portal gave one medical institution for an eligibility check
 * (資格確認): the card in the institution's reader signs it, and it is used once before it expires.
 */
@Entity
@Table(name = "insurance_challenge")
public class IssuedChallenge {

    @Id
    @Column(name = "nonce", length = 64, nullable = false, updatable = false)
    private String nonce;

    @Column(name = "agency_code", length = 64, nullable = false, updatable = false)
    private String agencyCode;

    @Convert(converter = UtcInstantConverter.class)
    @Column(name = "issued_at", nullable = false, updatable = false)
    private Instant issuedAt;

    @Convert(converter = UtcInstantConverter.class)
    @Column(name = "expires_at", nullable = false, updatable = false)
    private Instant expiresAt;

    @Convert(converter = UtcInstantConverter.class)
    @Column(name = "used_at")
    private Instant usedAt;

    protected IssuedChallenge() {}

    public IssuedChallenge(String nonce, String agencyCode, Instant issuedAt, Instant expiresAt) {
        this.nonce = Objects.requireNonNull(nonce, "nonce");
        this.agencyCode = Objects.requireNonNull(agencyCode, "agencyCode");
        this.issuedAt = Objects.requireNonNull(issuedAt, "issuedAt");
        this.expiresAt = Objects.requireNonNull(expiresAt, "expiresAt");
    }

    /** Whether this institution may still use it now. */
    public boolean usableBy(String agency, Instant now) {
        return usedAt == null && agencyCode.equals(agency) && now.isBefore(expiresAt);
    }

    public void use(Instant now) {
        if (usedAt != null) {
            throw new IllegalStateException("The challenge was used");
        }
        this.usedAt = now;
    }

    public String getNonce() {
        return nonce;
    }

    public String getAgencyCode() {
        return agencyCode;
    }

    public Instant getExpiresAt() {
        return expiresAt;
    }
}
