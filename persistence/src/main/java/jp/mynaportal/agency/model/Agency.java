package jp.mynaportal.agency.model;

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
import java.util.regex.Pattern;
import jp.mynaportal.platform.model.UtcInstantConverter;

/**
 * An agency registered to call the portal's agency API, known by its code (the caller name of its
 * requests), with its names in Japanese and English and its kind; a municipality or a municipal
 * insurer also names its local-government code.
 */
@Entity
@Table(name = "agency")
@NamedQuery(name = Agency.FIND_ALL, query = "SELECT a FROM Agency a ORDER BY a.code")
public class Agency {

    public static final String FIND_ALL = "Agency.findAll";

    /** Letters, digits and hyphens, 2 to 16 characters. */
    public static final Pattern CODE = Pattern.compile("[A-Za-z0-9][A-Za-z0-9-]{1,15}");

    @Id
    @Column(name = "code", length = 16, nullable = false, updatable = false)
    private String code;

    @Column(name = "name_ja", length = 100, nullable = false)
    private String nameJa;

    @Column(name = "name_en", length = 160, nullable = false)
    private String nameEn;

    @Enumerated(EnumType.STRING)
    @Column(name = "kind", length = 32, nullable = false)
    private AgencyKind kind;

    @Column(name = "lg_code", length = 6)
    private String lgCode;

    @Convert(converter = UtcInstantConverter.class)
    @Column(name = "registered_at", nullable = false, updatable = false)
    private Instant registeredAt;

    protected Agency() {}

    public Agency(String code, String nameJa, String nameEn, AgencyKind kind, String lgCode, Instant registeredAt) {
        if (code == null || !CODE.matcher(code).matches()) {
            throw new IllegalArgumentException("An agency code is 2 to 16 letters, digits or hyphens");
        }
        this.code = code;
        this.nameJa = Objects.requireNonNull(nameJa, "nameJa");
        this.nameEn = Objects.requireNonNull(nameEn, "nameEn");
        this.kind = Objects.requireNonNull(kind, "kind");
        this.lgCode = lgCode;
        this.registeredAt = Objects.requireNonNull(registeredAt, "registeredAt");
    }

    public String getCode() {
        return code;
    }

    public String getNameJa() {
        return nameJa;
    }

    public String getNameEn() {
        return nameEn;
    }

    public AgencyKind getKind() {
        return kind;
    }

    /** The local-government code of a municipality or municipal insurer, or null. */
    public String getLgCode() {
        return lgCode;
    }

    public Instant getRegisteredAt() {
        return registeredAt;
    }
}
