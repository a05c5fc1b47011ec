package jp.mynaportal.application.receipt;

import java.text.MessageFormat;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;

/**
 * The fixed texts of a receipt from the {@code ReceiptMessages} bundle in the receipt's language, with
 * Japanese for any language the bundle lacks, and times shown in Japan time.
 */
final class ReceiptText {

    private static final String BUNDLE = "jp.mynaportal.application.receipt.ReceiptMessages";
    private static final ZoneId JAPAN = ZoneId.of("Asia/Tokyo");
    private static final ResourceBundle.Control JAPANESE_FALLBACK = new JapaneseFallback();

    private final Locale locale;
    private final ResourceBundle bundle;
    private final DateTimeFormatter dateTime;

    ReceiptText(Locale locale) {
        this.locale = locale;
        this.bundle = ResourceBundle.getBundle(BUNDLE, locale, ReceiptText.class.getClassLoader(), JAPANESE_FALLBACK);
        this.dateTime = DateTimeFormatter.ofPattern(bundle.getString("receipt.dateTimePattern"), locale)
                .withZone(JAPAN);
    }

    String get(String key) {
        return bundle.getString(key);
    }

    String format(String key, Object... arguments) {
        return new MessageFormat(bundle.getString(key), locale).format(arguments);
    }

    String dateTime(Instant instant) {
        return dateTime.format(instant);
    }

    /** The language tag of the bundle actually used, for the document's language entry. */
    String languageTag() {
        Locale used = bundle.getLocale();
        return (used.getLanguage().isEmpty() ? Locale.JAPANESE : used).toLanguageTag();
    }

    /** Properties files only; a language without a bundle falls back to Japanese, not to the JVM's locale. */
    private static final class JapaneseFallback extends ResourceBundle.Control {

        @Override
        public List<String> getFormats(String baseName) {
            return FORMAT_PROPERTIES;
        }

        @Override
        public Locale getFallbackLocale(String baseName, Locale locale) {
            return Locale.JAPANESE.getLanguage().equals(locale.getLanguage()) ? null : Locale.JAPANESE;
        }
    }
}
