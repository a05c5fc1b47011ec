package jp.mynaportal.platform.web;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Named;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;

/** Points in time as the pages show them: Japan time, {@code 2026/11/28 14:05}. */
@Named
@ApplicationScoped
public class JapanTime {

    private static final ZoneId JAPAN = ZoneId.of("Asia/Tokyo");
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("yyyy/MM/dd");
    private static final DateTimeFormatter MINUTE = DateTimeFormatter.ofPattern("yyyy/MM/dd HH:mm");
    private static final DateTimeFormatter SECOND = DateTimeFormatter.ofPattern("yyyy/MM/dd HH:mm:ss");

    /** The day, or an empty text for null. */
    public String day(Instant instant) {
        return instant == null ? "" : DAY.format(instant.atZone(JAPAN));
    }

    /** Day and minute, or an empty text for null. */
    public String minute(Instant instant) {
        return instant == null ? "" : MINUTE.format(instant.atZone(JAPAN));
    }

    /** Day and second, or an empty text for null. */
    public String second(Instant instant) {
        return instant == null ? "" : SECOND.format(instant.atZone(JAPAN));
    }
}
