package jp.mynaportal.connect.model;

import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import jp.mynaportal.platform.model.UtcInstantConverter;

/**
 * A resident's consent to a site (つなぐ): the claims the site receives and whether it may deliver
 * お知らせ (which the resident may give or withdraw later on もっとつながる). Revoked by つなぐのをやめる;
 * a later connection is a new consent.
 */
@Entity
@Table(name = "connect_consent")
@NamedQuery(
        name = SiteConsent.FIND_ACTIVE_BY_RESIDENT,
        query = "SELECT c FROM SiteConsent c WHERE c.residentId = :residentId AND c.revokedAt IS NULL"
                + " ORDER BY c.grantedAt DESC, c.id DESC")
public class SiteConsent {

    public static final String FIND_ACTIVE_BY_RESIDENT = "SiteConsent.findActiveByResident";

    @Id
    @SequenceGenerator(name = "connect_consent_seq", sequenceName = "connect_consent_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "connect_consent_seq")
    @Column(name = "id", nullable = false, updatable = false)
    private Long id;

    @Column(name = "client_id", length = 64, nullable = false, updatable = false)
    private String clientId;

    @Column(name = "resident_id", length = 36, nullable = false, updatable = false)
    private String residentId;

    @Column(name = "claims", length = 500, nullable = false, updatable = false)
    private String claims;

    @Column(name = "notices", nullable = false)
    private boolean notices;

    @Convert(converter = UtcInstantConverter.class)
    @Column(name = "granted_at", nullable = false, updatable = false)
    private Instant grantedAt;

    @Convert(converter = UtcInstantConverter.class)
    @Column(name = "revoked_at")
    private Instant revokedAt;

    protected SiteConsent() {}

    public SiteConsent(String clientId, String residentId, List<String> claims, boolean notices, Instant grantedAt) {
        this.clientId = Objects.requireNonNull(clientId, "clientId");
        this.residentId = Objects.requireNonNull(residentId, "residentId");
        this.claims = String.join(" ", claims);
        this.notices = notices;
        this.grantedAt = Objects.requireNonNull(grantedAt, "grantedAt");
    }

    /** つなぐのをやめる: the consent ends now (once; a second revocation keeps the first time). */
    public void revoke(Instant at) {
        if (revokedAt == null) {
            revokedAt = at;
        }
    }

    /** The resident allows (or no longer allows) the site to deliver お知らせ, from now on. */
    public void allowNotices(boolean allowed) {
        this.notices = allowed;
    }

    public boolean isActive() {
        return revokedAt == null;
    }

    public Long getId() {
        return id;
    }

    public String getClientId() {
        return clientId;
    }

    public String getResidentId() {
        return residentId;
    }

    public List<String> getClaims() {
        return claims.isEmpty() ? List.of() : List.of(claims.split(" "));
    }

    public boolean isNotices() {
        return notices;
    }

    public Instant getGrantedAt() {
        return grantedAt;
    }

    public Instant getRevokedAt() {
        return revokedAt;
    }
}
