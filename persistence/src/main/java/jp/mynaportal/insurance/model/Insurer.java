package jp.mynaportal.insurance.model;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.util.Objects;

/**
 * A health insurer (保険者), by its 保険者番号, and the agency code it calls the portal's agency API
 * with; the local government where it sits (for a 国民健康保険, the municipality that runs it) is
 * the office code of the applications it receives.
 */
@Entity
@Table(name = "insurance_insurer")
@NamedQuery(name = Insurer.FIND_BY_AGENCY, query = "SELECT i FROM Insurer i WHERE i.agencyCode = :agencyCode")
public class Insurer {

    public static final String FIND_BY_AGENCY = "Insurer.findByAgency";

    @Id
    @Column(name = "insurer_number", length = 8, nullable = false, updatable = false)
    private String insurerNumber;

    @Column(name = "agency_code", length = 32, nullable = false)
    private String agencyCode;

    @Enumerated(EnumType.STRING)
    @Column(name = "kind", length = 16, nullable = false)
    private InsurerKind kind;

    @Column(name = "name_ja", length = 100, nullable = false)
    private String nameJa;

    @Column(name = "name_en", length = 100, nullable = false)
    private String nameEn;

    @Column(name = "lg_code", length = 6, nullable = false)
    private String lgCode;

    protected Insurer() {}

    public Insurer(
            String insurerNumber, String agencyCode, InsurerKind kind, String nameJa, String nameEn, String lgCode) {
        this.insurerNumber = Objects.requireNonNull(insurerNumber, "insurerNumber");
        this.agencyCode = Objects.requireNonNull(agencyCode, "agencyCode");
        this.kind = Objects.requireNonNull(kind, "kind");
        this.nameJa = Objects.requireNonNull(nameJa, "nameJa");
        this.nameEn = Objects.requireNonNull(nameEn, "nameEn");
        this.lgCode = Objects.requireNonNull(lgCode, "lgCode");
    }

    public String getInsurerNumber() {
        return insurerNumber;
    }

    public String getAgencyCode() {
        return agencyCode;
    }

    public InsurerKind getKind() {
        return kind;
    }

    public String getNameJa() {
        return nameJa;
    }

    public String getNameEn() {
        return nameEn;
    }

    public String getLgCode() {
        return lgCode;
    }
}
