package jp.mynaportal.selfinfo.model;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;

/** A 分野 (e.g. 税・所得・口座): reference data loaded by the migration. */
@Entity
@Table(name = "selfinfo_field")
@NamedQuery(name = InfoField.FIND_ALL, query = "SELECT f FROM InfoField f ORDER BY f.position")
public class InfoField {

    public static final String FIND_ALL = "InfoField.findAll";

    @Id
    @Column(name = "code", length = 32, nullable = false, updatable = false)
    private String code;

    @Column(name = "name_ja", nullable = false, updatable = false)
    private String nameJa;

    @Column(name = "name_en", nullable = false, updatable = false)
    private String nameEn;

    @Column(name = "position", nullable = false, updatable = false)
    private int position;

    protected InfoField() {}

    public String getCode() {
        return code;
    }

    public String getNameJa() {
        return nameJa;
    }

    public String getNameEn() {
        return nameEn;
    }

    public int getPosition() {
        return position;
    }
}
