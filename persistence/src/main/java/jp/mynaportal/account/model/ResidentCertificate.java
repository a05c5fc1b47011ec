package jp.mynaportal.account.model;

import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.math.BigInteger;
import java.time.Instant;
import java.util.Locale;
import java.util.Objects;
import javax.security.auth.x500.X500Principal;
import jp.mynaportal.platform.model.UtcInstantConverter;

/**
 * The link from an authentication certificate (its issuer and serial number; the certificate
 * itself carries nothing personal) to the resident who holds the card.
 */
@Entity
@Table(name = "resident_certificate")
@NamedQuery(
        name = ResidentCertificate.FIND_BY_RESIDENT,
        query = "SELECT c FROM ResidentCertificate c WHERE c.residentId = :residentId ORDER BY c.registeredAt")
public class ResidentCertificate {

    public static final String FIND_BY_RESIDENT = "ResidentCertificate.findByResident";

    @Id
    @Column(name = "certificate_ref", length = 600, nullable = false, updatable = false)
    private String certificateRef;

    @Column(name = "resident_id", length = 36, nullable = false, updatable = false)
    private String residentId;

    @Column(name = "card_label", length = 64, nullable = false)
    private String cardLabel;

    @Convert(converter = UtcInstantConverter.class)
    @Column(name = "registered_at", nullable = false, updatable = false)
    private Instant registeredAt;

    protected ResidentCertificate() {}

    public ResidentCertificate(String certificateRef, String residentId, String cardLabel, Instant registeredAt) {
        this.certificateRef = Objects.requireNonNull(certificateRef, "certificateRef");
        this.residentId = Objects.requireNonNull(residentId, "residentId");
        this.cardLabel = Objects.requireNonNull(cardLabel, "cardLabel");
        this.registeredAt = Objects.requireNonNull(registeredAt, "registeredAt");
    }

    /** The stable reference of a certificate: the issuer's canonical name and the serial number in hex. */
    public static String reference(X500Principal issuer, BigInteger serialNumber) {
        return issuer.getName(X500Principal.CANONICAL) + "#"
                + serialNumber.toString(16).toLowerCase(Locale.ROOT);
    }

    public String getCertificateRef() {
        return certificateRef;
    }

    public String getResidentId() {
        return residentId;
    }

    /** The card the certificate is on, as the card register names it. */
    public String getCardLabel() {
        return cardLabel;
    }

    public Instant getRegisteredAt() {
        return registeredAt;
    }
}
