package jp.mynaportal.insurance.model;

import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
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
 * A resident's one registration of the card as 健康保険証: made by the submitted application, sent
 * to the insurer that covered them then, confirmed by that insurer. One per resident (a unique
 * constraint keeps it so even when two applications race).
 */
@Entity
@Table(name = "insurance_registration")
@NamedQuery(
        name = InsuranceRegistration.FIND_BY_RESIDENT,
        query = "SELECT r FROM InsuranceRegistration r WHERE r.residentId = :residentId")
@NamedQuery(
        name = InsuranceRegistration.FIND_BY_INSURER,
        query = "SELECT r FROM InsuranceRegistration r WHERE r.insurerNumber = :insurerNumber"
                + " AND r.status = :status ORDER BY r.appliedAt, r.id")
public class InsuranceRegistration {

    public static final String FIND_BY_RESIDENT = "InsuranceRegistration.findByResident";
    public static final String FIND_BY_INSURER = "InsuranceRegistration.findByInsurer";

    @Id
    @SequenceGenerator(
            name = "insurance_registration_seq",
            sequenceName = "insurance_registration_seq",
            allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "insurance_registration_seq")
    @Column(name = "id", nullable = false, updatable = false)
    private Long id;

    @Column(name = "resident_id", length = 36, nullable = false, updatable = false)
    private String residentId;

    @Column(name = "application_id", nullable = false, updatable = false)
    private long applicationId;

    @Column(name = "insurer_number", length = 8, nullable = false, updatable = false)
    private String insurerNumber;

    @Enumerated(EnumType.STRING)
    @Column(name = "status", length = 16, nullable = false)
    private RegistrationStatus status;

    @Convert(converter = UtcInstantConverter.class)
    @Column(name = "applied_at", nullable = false, updatable = false)
    private Instant appliedAt;

    @Convert(converter = UtcInstantConverter.class)
    @Column(name = "registered_at")
    private Instant registeredAt;

    @Column(name = "registered_by", length = 64)
    private String registeredBy;

    protected InsuranceRegistration() {}

    public InsuranceRegistration(String residentId, long applicationId, String insurerNumber, Instant appliedAt) {
        this.residentId = Objects.requireNonNull(residentId, "residentId");
        this.applicationId = applicationId;
        this.insurerNumber = Objects.requireNonNull(insurerNumber, "insurerNumber");
        this.appliedAt = Objects.requireNonNull(appliedAt, "appliedAt");
        this.status = RegistrationStatus.APPLIED;
    }

    /** The insurer confirmed the registration. */
    public void confirm(String agencyCode, Instant now) {
        if (status != RegistrationStatus.APPLIED) {
            throw new IllegalStateException("Registration " + id + " is " + status);
        }
        this.status = RegistrationStatus.REGISTERED;
        this.registeredAt = Objects.requireNonNull(now, "now");
        this.registeredBy = Objects.requireNonNull(agencyCode, "agencyCode");
    }

    public Long getId() {
        return id;
    }

    public String getResidentId() {
        return residentId;
    }

    public long getApplicationId() {
        return applicationId;
    }

    public String getInsurerNumber() {
        return insurerNumber;
    }

    public RegistrationStatus getStatus() {
        return status;
    }

    public Instant getAppliedAt() {
        return appliedAt;
    }

    public Instant getRegisteredAt() {
        return registeredAt;
    }

    public String getRegisteredBy() {
        return registeredBy;
    }
}
