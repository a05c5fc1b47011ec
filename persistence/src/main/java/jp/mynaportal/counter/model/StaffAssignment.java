package jp.mynaportal.counter.model;

import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Objects;
import java.util.UUID;
import jp.mynaportal.platform.model.UtcInstantConverter;

/** A staff role that a resident (the staff member) holds for one municipality. */
@Entity
@Table(name = "counter_staff")
@NamedQuery(
        name = StaffAssignment.FIND_BY_RESIDENT,
        query = "SELECT s FROM StaffAssignment s WHERE s.residentId = :residentId ORDER BY s.lgCode")
public class StaffAssignment {

    public static final String FIND_BY_RESIDENT = "StaffAssignment.findByResident";

    @Id
    @Column(name = "id", length = 36, nullable = false, updatable = false)
    private String id;

    @Column(name = "resident_id", length = 36, nullable = false, updatable = false)
    private String residentId;

    @Column(name = "lg_code", length = 6, nullable = false, updatable = false)
    private String lgCode;

    @Enumerated(EnumType.STRING)
    @Column(name = "staff_role", length = 32, nullable = false, updatable = false)
    private StaffRole role;

    @Convert(converter = UtcInstantConverter.class)
    @Column(name = "granted_at", nullable = false, updatable = false)
    private Instant grantedAt;

    protected StaffAssignment() {}

    public StaffAssignment(String residentId, String lgCode, StaffRole role, Instant grantedAt) {
        this.id = UUID.randomUUID().toString();
        this.residentId = Objects.requireNonNull(residentId, "residentId");
        this.lgCode = Objects.requireNonNull(lgCode, "lgCode");
        this.role = Objects.requireNonNull(role, "role");
        this.grantedAt = Objects.requireNonNull(grantedAt, "grantedAt");
    }

    public String getId() {
        return id;
    }

    public String getResidentId() {
        return residentId;
    }

    public String getLgCode() {
        return lgCode;
    }

    public StaffRole getRole() {
        return role;
    }

    public Instant getGrantedAt() {
        return grantedAt;
    }
}
