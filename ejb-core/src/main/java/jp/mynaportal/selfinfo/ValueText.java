package jp.mynaportal.selfinfo;

import java.math.BigDecimal;
import java.text.NumberFormat;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import jp.mynaportal.selfinfo.model.AttributeType;

/**
 * How a value reads for people, the same on the screen, in the PDF and in the CSV: amounts with
 * thousands separators, every number with the schema's unit, dates as 2024年4月1日 (English: 2024-04-01), yes/no
 * in the language.
 */
public final class ValueText {

    private static final DateTimeFormatter JAPANESE_DATE = DateTimeFormatter.ofPattern("uuuu年M月d日");

    private ValueText() {}

    public static String of(ValueView value, Locale locale) {
        if (value.value() == null) {
            return "";
        }
        String unit = value.attribute().unit();
        String text = value.attribute().type() == AttributeType.AMOUNT && value.value() instanceof Long yen
                ? amount(yen)
                : plain(value.value(), locale);
        return unit == null || value.value() instanceof String ? text : text + unit;
    }

    /** An amount of money with thousands separators: 1,234,567. */
    public static String amount(long yen) {
        return NumberFormat.getIntegerInstance(Locale.JAPAN).format(yen);
    }

    /** The value without its unit (whole numbers without separators: a year stays 2024). */
    public static String plain(Object value, Locale locale) {
        boolean english = locale != null && "en".equals(locale.getLanguage());
        if (value instanceof Long number) {
            return number.toString();
        }
        if (value instanceof BigDecimal number) {
            return number.toPlainString();
        }
        if (value instanceof LocalDate date) {
            return date(date, locale);
        }
        if (value instanceof Boolean yes) {
            return english ? (yes ? "Yes" : "No") : (yes ? "はい" : "いいえ");
        }
        return String.valueOf(value);
    }

    public static String date(LocalDate date, Locale locale) {
        if (date == null) {
            return "";
        }
        return locale != null && "en".equals(locale.getLanguage()) ? date.toString() : JAPANESE_DATE.format(date);
    }
}
