package jp.mynaportal.selfinfo.model;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.util.Objects;

/** One attribute of a 分野詳細's schema: name, type, unit, labels in Japanese and English. */
@Entity
@Table(name = "selfinfo_attribute")
@IdClass(InfoAttribute.Key.class)
public class InfoAttribute {

    @Id
    @Column(name = "item_code", length = 40, nullable = false, updatable = false)
    private String itemCode;

    @Id
    @Column(name = "name", length = 40, nullable = false, updatable = false)
    private String name;

    @Column(name = "position", nullable = false, updatable = false)
    private int position;

    @Enumerated(EnumType.STRING)
    @Column(name = "data_type", nullable = false, updatable = false)
    private AttributeType type;

    @Column(name = "unit", updatable = false)
    private String unit;

    @Column(name = "label_ja", nullable = false, updatable = false)
    private String labelJa;

    @Column(name = "label_en", nullable = false, updatable = false)
    private String labelEn;

    @Column(name = "required", nullable = false, updatable = false)
    private boolean required;

    protected InfoAttribute() {}

    public String getItemCode() {
        return itemCode;
    }

    public String getName() {
        return name;
    }

    public int getPosition() {
        return position;
    }

    public AttributeType getType() {
        return type;
    }

    /** The unit shown after the value (円, 人, cm …), or null. */
    public String getUnit() {
        return unit;
    }

    public String getLabelJa() {
        return labelJa;
    }

    public String getLabelEn() {
        return labelEn;
    }

    public boolean isRequired() {
        return required;
    }

    /** The primary key: item and attribute name. */
    public static class Key implements Serializable {

        private static final long serialVersionUID = 1L;

        private String itemCode;
        private String name;

        public Key() {}

        @Override
        public boolean equals(Object other) {
            return other instanceof Key key && Objects.equals(itemCode, key.itemCode) && Objects.equals(name, key.name);
        }

        @Override
        public int hashCode() {
            return Objects.hash(itemCode, name);
        }
    }
}
