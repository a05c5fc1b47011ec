package jp.mynaportal.selfinfo.model;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Objects;

/**
 * One typed value of a record version: the attribute's name and exactly one of text, whole
 * number (also yen amounts), decimal, date or yes/no, as the schema's type says.
 */
@Embeddable
public class RecordValue {

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
