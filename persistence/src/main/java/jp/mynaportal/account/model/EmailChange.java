package jp.mynaportal.account.model;

import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import jp.mynaportal.platform.model.UtcInstantConverter;

/**
 * A requested change of a resident's e-mail address, waiting for the resident to open the link
 * sent to the new address. Only the SHA-256 of the link's token is stored; the link works once and
 * until it expires.
 */
@Entity
@Table(name = "account_email_change")
public class EmailChange {

    /** How long a confirmation link works. */
    public static final Duration LIFETIME = Duration.ofHours(24);

    @Id
    @Column(name = "token_hash", length = 64, nullable = false, updatable = false)
    private String tokenHash;

    @Column(name = "resident_id", length = 36, nullable = false, updatable = false)
    private String residentId;

    @Column(name = "new_email", length = 254, nullable = false, updatable = false)
    private String newEmail;

    @Convert(converter = UtcInstantConverter.class)
    @Column(name = "requested_at", nullable = false, updatable = false)
    private Instant requestedAt;

    @Convert(converter = UtcInstantConverter.class)
    @Column(name = "expires_at", nullable = false, updatable = false)
    private Instant expiresAt;

    @Convert(converter = UtcInstantConverter.class)
    @Column(name = "used_at")
    private Instant usedAt;

    protected EmailChange() {}

    public EmailChange(String tokenHash, String residentId, String newEmail, Instant requestedAt) {
        this.tokenHash = Objects.requireNonNull(tokenHash, "tokenHash");
        this.residentId = Objects.requireNonNull(residentId, "residentId");
        this.newEmail = Objects.requireNonNull(newEmail, "newEmail");
        this.requestedAt = Objects.requireNonNull(requestedAt, "requestedAt");
        this.expiresAt = requestedAt.plus(LIFETIME);
    }

    /** Whether the link still works at that moment (not used, not expired). */
    public boolean isUsableAt(Instant at) {
        return usedAt == null && at.isBefore(expiresAt);
    }

    /** Spends the link. */
    public void use(Instant at) {
        if (usedAt != null) {
            throw new IllegalStateException("used before");
        }
        usedAt = at;
    }

    public String getResidentId() {
        return residentId;
    }

    public String getNewEmail() {
        return newEmail;
    }

    public Instant getExpiresAt() {
        return expiresAt;
    }
}
