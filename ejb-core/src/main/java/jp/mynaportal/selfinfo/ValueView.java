package jp.mynaportal.selfinfo;

/**
 * One value of a record with its schema attribute.
 *
 * @param value a String, Long, BigDecimal, LocalDate or Boolean, or null when the record has none
 */
public record ValueView(AttributeInfo attribute, Object value) {}
