package jp.mynaportal.municipality.model;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.util.Objects;

/** A prefecture, municipality or ward, identified by its 6-digit local-government code. */
@Entity
@Table(name = "municipality")
@NamedQuery(
        name = Municipality.FIND_BY_POSTAL_CODE,
        query = "SELECT DISTINCT m FROM Municipality m, PostalArea p"
                + " WHERE p.postalCode = :postalCode AND m.code5 = p.municipalityCode5 ORDER BY m.lgCode")
@NamedQuery(
        name = Municipality.FIND_BY_NAME_OR_KANA,
        query =
                "SELECT m FROM Municipality m WHERE m.kind <> jp.mynaportal.municipality.model.MunicipalityKind.PREFECTURE"
                        + " AND (m.name LIKE :pattern ESCAPE '\\' OR m.kana LIKE :pattern ESCAPE '\\') ORDER BY m.lgCode")
@NamedQuery(
        name = Municipality.FIND_BY_PREFECTURE,
        query = "SELECT m FROM Municipality m WHERE m.prefecture = :prefecture"
                + " AND m.kind <> jp.mynaportal.municipality.model.MunicipalityKind.PREFECTURE ORDER BY m.lgCode")
@NamedQuery(
        name = Municipality.FIND_PREFECTURES,
        query =
                "SELECT m FROM Municipality m WHERE m.kind = jp.mynaportal.municipality.model.MunicipalityKind.PREFECTURE"
                        + " ORDER BY m.lgCode")
public class Municipality implements Serializable {

    public static final String FIND_BY_POSTAL_CODE = "Municipality.findByPostalCode";
    public static final String FIND_BY_NAME_OR_KANA = "Municipality.findByNameOrKana";
    public static final String FIND_BY_PREFECTURE = "Municipality.findByPrefecture";
    public static final String FIND_PREFECTURES = "Municipality.findPrefectures";

    private static final long serialVersionUID = 1L;

    @Id
    @Column(name = "lg_code", length = 6, nullable = false, updatable = false)
    private String lgCode;

    @Column(name = "code5", length = 5, nullable = false)
    private String code5;

    @Enumerated(EnumType.STRING)
    @Column(name = "kind", length = 16, nullable = false)
    private MunicipalityKind kind;

    @Column(name = "prefecture", length = 8, nullable = false)
    private String prefecture;

    @Column(name = "name", length = 64, nullable = false)
    private String name;

    @Column(name = "kana", length = 64, nullable = false)
    private String kana;

    @Column(name = "parent_lg_code", length = 6)
    private String parentLgCode;

    protected Municipality() {
        // for JPA
    }

    public Municipality(
            String lgCode,
            String code5,
            MunicipalityKind kind,
            String prefecture,
            String name,
            String kana,
            String parentLgCode) {
        this.lgCode = Objects.requireNonNull(lgCode, "lgCode");
        this.code5 = Objects.requireNonNull(code5, "code5");
        this.kind = Objects.requireNonNull(kind, "kind");
        this.prefecture = Objects.requireNonNull(prefecture, "prefecture");
        this.name = Objects.requireNonNull(name, "name");
        this.kana = Objects.requireNonNull(kana, "kana");
        this.parentLgCode = parentLgCode;
    }

    public String getLgCode() {
        return lgCode;
    }

    public String getCode5() {
        return code5;
    }

    public MunicipalityKind getKind() {
        return kind;
    }

    public String getPrefecture() {
        return prefecture;
    }

    /** The name without the prefecture, e.g. 目黒区 or 札幌市中央区. */
    public String getName() {
        return name;
    }

    /** The reading in hiragana. */
    public String getKana() {
        return kana;
    }

    public String getParentLgCode() {
        return parentLgCode;
    }

    public boolean isWard() {
        return kind == MunicipalityKind.WARD;
    }

    /** Prefecture and name, as shown to residents: 東京都目黒区. */
    public String getFullName() {
        return kind == MunicipalityKind.PREFECTURE ? name : prefecture + name;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof Municipality that && lgCode.equals(that.lgCode);
    }

    @Override
    public int hashCode() {
        return lgCode.hashCode();
    }

    @Override
    public String toString() {
        return lgCode + " " + getFullName();
    }
}
