package jp.mynaportal.agency.model;

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
import java.util.Objects;
import jp.mynaportal.platform.model.UtcInstantConverter;

/**
 * A certificate whose key an agency signs its API requests with. Its thumbprint (SHA-256 of the
 * DER encoding, lower-case hex) is the key id a request names; a withdrawn certificate no longer
 * authenticates anything.
 */
@Entity
@Table(name = "agency_certificate")
@NamedQuery(
        name = AgencyCertificate.FIND_BY_THUMBPRINT,
        query = "SELECT c FROM AgencyCertificate c WHERE c.thumbprint = :thumbprint")
@NamedQuery(
        name = AgencyCertificate.FIND_BY_AGENCY,
        query = "SELECT c FROM AgencyCertificate c WHERE c.agencyCode = :agencyCode ORDER BY c.id")
public class AgencyCertificate {

    public static final String FIND_BY_THUMBPRINT = "AgencyCertificate.findByThumbprint";
    public static final String FIND_BY_AGENCY = "AgencyCertificate.findByAgency";

    @Id
    @SequenceGenerator(name = "agency_certificate_seq", sequenceName = "agency_certificate_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "agency_certificate_seq")
    @Column(name = "id", nullable = false, updatable = false)
    private Long id;

    @Column(name = "agency_code", length = 16, nullable = false, updatable = false)
    private String agencyCode;

    @Column(name = "thumbprint", length = 64, nullable = false, updatable = false)
    private String thumbprint;

    @Column(name = "der", nullable = false, updatable = false)
    private byte[] der;

    @Convert(converter = UtcInstantConverter.class)
    @Column(name = "not_before", nullable = false, updatable = false)
    private Instant notBefore;

    @Convert(converter = UtcInstantConverter.class)
    @Column(name = "not_after", nullable = false, updatable = false)
    private Instant notAfter;

    @Convert(converter = UtcInstantConverter.class)
    @Column(name = "added_at", nullable = false, updatable = false)
    private Instant addedAt;

    @Convert(converter = UtcInstantConverter.class)
    @Column(name = "withdrawn_at")
    private Instant withdrawnAt;

    protected AgencyCertificate() {}

    public AgencyCertificate(
            String agencyCode, String thumbprint, byte[] der, Instant notBefore, Instant notAfter, Instant addedAt) {
        this.agencyCode = Objects.requireNonNull(agencyCode, "agencyCode");
        if (thumbprint == null || !thumbprint.matches("[0-9a-f]{64}")) {
            throw new IllegalArgumentException("A thumbprint is 64 lower-case hex digits");
        }
        this.thumbprint = thumbprint;
        this.der = der.clone();
        this.notBefore = Objects.requireNonNull(notBefore, "notBefore");
        this.notAfter = Objects.requireNonNull(notAfter, "notAfter");
        this.addedAt = Objects.requireNonNull(addedAt, "addedAt");
    }

    /** Withdraws it (a lost or replaced key), once. */
    public void withdraw(Instant at) {
        if (withdrawnAt == null) {
            withdrawnAt = at;
        }
    }

    /** Whether it authenticates requests at this instant. */
    public boolean usableAt(Instant at) {
        return withdrawnAt == null && !at.isBefore(notBefore) && !at.isAfter(notAfter);
    }

    public String getAgencyCode() {
        return agencyCode;
    }

    public String getThumbprint() {
        return thumbprint;
    }

    public byte[] getDer() {
        return der.clone();
    }

    public Instant getNotAfter() {
        return notAfter;
    }

    public Instant getWithdrawnAt() {
        return withdrawnAt;
    }
}
