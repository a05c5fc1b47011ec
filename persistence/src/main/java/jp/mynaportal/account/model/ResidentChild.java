package jp.mynaportal.account.model;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.LocalDate;
import java.util.Objects;

/**
 * A child of a resident's household as the municipality registered it, and whether the household
 * receives 児童手当 for the child: the facts that notices to families are addressed by.
 */
@Entity
@Table(name = "resident_child")
@NamedQuery(
        name = ResidentChild.FIND_BY_RESIDENT,
        query = "SELECT c FROM ResidentChild c WHERE c.residentId = :residentId ORDER BY c.birthDate DESC")
public class ResidentChild {

    public static final String FIND_BY_RESIDENT = "ResidentChild.findByResident";

    @Id
    @SequenceGenerator(name = "resident_child_seq", sequenceName = "resident_child_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "resident_child_seq")
    @Column(name = "id", nullable = false, updatable = false)
    private Long id;

    @Column(name = "resident_id", length = 36, nullable = false, updatable = false)
    private String residentId;

    @Column(name = "birth_date", nullable = false, updatable = false)
    private LocalDate birthDate;

    @Column(name = "child_allowance", nullable = false)
    private boolean childAllowance;

    protected ResidentChild() {}

    public ResidentChild(String residentId, LocalDate birthDate, boolean childAllowance) {
        this.residentId = Objects.requireNonNull(residentId, "residentId");
        this.birthDate = Objects.requireNonNull(birthDate, "birthDate");
        this.childAllowance = childAllowance;
    }

    public Long getId() {
        return id;
    }

    public String getResidentId() {
        return residentId;
    }

    public LocalDate getBirthDate() {
        return birthDate;
    }

    public boolean isChildAllowance() {
        return childAllowance;
    }
}
