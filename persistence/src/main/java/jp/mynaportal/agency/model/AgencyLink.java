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
 * The pseudonymous link code (機関別符号-like) that identifies one resident to one agency: random,
 * different for every agency, and never the My Number or the portal's resident id.
 */
@Entity
@Table(name = "agency_link")
@NamedQuery(
        name = AgencyLink.FIND_BY_CODE,
        query = "SELECT l FROM AgencyLink l WHERE l.agencyCode = :agencyCode AND l.linkCode = :linkCode")
@NamedQuery(
        name = AgencyLink.FIND_BY_CODES,
        query = "SELECT l.linkCode, l.residentId FROM AgencyLink l WHERE l.agencyCode = :agencyCode"
                + " AND l.linkCode IN :linkCodes")
@NamedQuery(
        name = AgencyLink.FIND_BY_RESIDENT,
        query = "SELECT l FROM AgencyLink l WHERE l.agencyCode = :agencyCode AND l.residentId = :residentId")
public class AgencyLink {

    public static final String FIND_BY_CODE = "AgencyLink.findByCode";
    public static final String FIND_BY_CODES = "AgencyLink.findByCodes";
    public static final String FIND_BY_RESIDENT = "AgencyLink.findByResident";

    @Id
    @SequenceGenerator(name = "agency_link_seq", sequenceName = "agency_link_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "agency_link_seq")
    @Column(name = "id", nullable = false, updatable = false)
    private Long id;

    @Column(name = "agency_code", length = 16, nullable = false, updatable = false)
    private String agencyCode;

    @Column(name = "resident_id", length = 36, nullable = false, updatable = false)
    private String residentId;

    @Column(name = "link_code", length = 40, nullable = false, updatable = false)
    private String linkCode;

    @Convert(converter = UtcInstantConverter.class)
    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    protected AgencyLink() {}

    public AgencyLink(String agencyCode, String residentId, String linkCode, Instant createdAt) {
        this.agencyCode = Objects.requireNonNull(agencyCode, "agencyCode");
        this.residentId = Objects.requireNonNull(residentId, "residentId");
        this.linkCode = Objects.requireNonNull(linkCode, "linkCode");
        this.createdAt = Objects.requireNonNull(createdAt, "createdAt");
    }

    public String getAgencyCode() {
        return agencyCode;
    }

    public String getResidentId() {
        return residentId;
    }

    public String getLinkCode() {
        return linkCode;
    }
}
