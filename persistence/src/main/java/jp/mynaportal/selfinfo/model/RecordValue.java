package jp.mynaportal.selfinfo.model;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Objects;

/**
 * One typed value of a record version: the attribute's name and exactly one of text, whole
 * number (also yen amounts), decimal, date or yes/no, as the schema's type says.
 *
 * <p>An entity of its own (keyed by its record and attribute) rather than an element collection
 * of the record, so that a batch's values are written together after its records: EclipseLink
 * writes an element collection's rows right after each owner's row, which leaves no run of equal
 * statements for JDBC batch writing.
 */
@Entity
@Table(name = "selfinfo_value")
@IdClass(RecordValue.Key.class)
public class RecordValue {

    /** The primary key: the record's id and the attribute. */
    public static class Key implements Serializable {

        private static final long serialVersionUID = 1L;

        private Long record;
        private String attribute;

        public Key() {}

        @Override
        public boolean equals(Object other) {
            return other instanceof Key key
                    && Objects.equals(record, key.record)
                    && Objects.equals(attribute, key.attribute);
        }

        @Override
        public int hashCode() {
            return Objects.hash(record, attribute);
        }
    }

    @Id
    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "record_id", nullable = false, updatable = false)
    private InfoRecord record;

    @Id
    @Column(name = "attribute", length = 40, nullable = false, updatable = false)
    private String attribute;

    @Column(name = "text_value", length = 200, updatable = false)
    private String textValue;

    @Column(name = "integer_value", updatable = false)
    private Long integerValue;

    @Column(name = "decimal_value", updatable = false)
    private BigDecimal decimalValue;

    @Column(name = "date_value", updatable = false)
    private LocalDate dateValue;

    @Column(name = "boolean_value", updatable = false)
    private Boolean booleanValue;

    protected RecordValue() {}

    private RecordValue(String attribute) {
        this.attribute = Objects.requireNonNull(attribute, "attribute");
    }

    public static RecordValue text(String attribute, String value) {
        RecordValue v = new RecordValue(attribute);
        v.textValue = Objects.requireNonNull(value);
        return v;
    }

    public static RecordValue integer(String attribute, long value) {
        RecordValue v = new RecordValue(attribute);
        v.integerValue = value;
        return v;
    }

    public static RecordValue decimal(String attribute, BigDecimal value) {
        RecordValue v = new RecordValue(attribute);
        v.decimalValue = Objects.requireNonNull(value);
        return v;
    }

    public static RecordValue date(String attribute, LocalDate value) {
        RecordValue v = new RecordValue(attribute);
        v.dateValue = Objects.requireNonNull(value);
        return v;
    }

    public static RecordValue bool(String attribute, boolean value) {
        RecordValue v = new RecordValue(attribute);
        v.booleanValue = value;
        return v;
    }

    /** The same value as a value of the record. */
    RecordValue of(InfoRecord owner) {
        RecordValue v = new RecordValue(attribute);
        v.record = Objects.requireNonNull(owner, "owner");
        v.textValue = textValue;
        v.integerValue = integerValue;
        v.decimalValue = decimalValue;
        v.dateValue = dateValue;
        v.booleanValue = booleanValue;
        return v;
    }

    public String getAttribute() {
        return attribute;
    }

    /** The value, whichever type it has: String, Long, BigDecimal, LocalDate or Boolean. */
    public Object getValue() {
        if (textValue != null) {
            return textValue;
        }
        if (integerValue != null) {
            return integerValue;
        }
        if (decimalValue != null) {
            return decimalValue.stripTrailingZeros();
        }
        if (dateValue != null) {
            return dateValue;
        }
        return booleanValue;
    }

    /** Whether another value says the same (for the idempotent upload). */
    public boolean sameAs(RecordValue other) {
        return attribute.equals(other.attribute)
                && Objects.equals(textValue, other.textValue)
                && Objects.equals(integerValue, other.integerValue)
                && (decimalValue == null
                        ? other.decimalValue == null
                        : other.decimalValue != null && decimalValue.compareTo(other.decimalValue) == 0)
                && Objects.equals(dateValue, other.dateValue)
                && Objects.equals(booleanValue, other.booleanValue);
    }
}
