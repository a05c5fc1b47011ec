package jp.mynaportal.selfinfo.internal;

import java.text.MessageFormat;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.ResourceBundle;
import jp.mynaportal.selfinfo.RecordView;
import jp.mynaportal.selfinfo.ValueText;

/** The texts of the PDF and CSV files in the resident's language ({@code SelfInfoMessages}). */
final class SelfInfoTexts {

    /** Times are shown in Japan's time, wherever the server runs. */
    static final ZoneId JAPAN = ZoneId.of("Asia/Tokyo");

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("uuuu-MM-dd HH:mm:ss");

    private final Locale locale;
    private final ResourceBundle bundle;

    SelfInfoTexts(Locale locale) {
        this.locale = locale != null && "en".equals(locale.getLanguage()) ? Locale.ENGLISH : Locale.JAPANESE;
        this.bundle = ResourceBundle.getBundle(
                "jp.mynaportal.selfinfo.internal.SelfInfoMessages",
                this.locale,
                SelfInfoTexts.class.getClassLoader(),
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
    }

    Locale locale() {
        return locale;
    }

    String text(String key, Object... arguments) {
        return new MessageFormat(bundle.getString(key), locale).format(arguments);
    }

    String time(Instant instant) {
        return instant == null ? "" : TIME.format(instant.atZone(JAPAN)) + " JST";
    }

    String period(RecordView record) {
        return record.validTo() == null
                ? text("period.open", ValueText.date(record.validFrom(), locale))
                : text(
                        "period.closed",
                        ValueText.date(record.validFrom(), locale),
                        ValueText.date(record.validTo().minusDays(1), locale));
    }
}
