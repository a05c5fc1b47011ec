package jp.mynaportal.exchange;

import java.io.Serializable;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * A 対象期間: Japanese calendar days from {@code from} to {@code to}, both included. {@link #check}
 * is the one rule for what a resident may ask for: both days given as {@code 2026-12-01}, the end
 * not before the start, not in the future, and the start not before the exchanges are kept.
 */
public record ExchangePeriod(LocalDate from, LocalDate to) implements Serializable {

    /** Japan: the days of a period are days in Japan. */
    public static final ZoneId JAPAN = ZoneId.of("Asia/Tokyo");

    /** The field names of {@link Check#problems()}. */
    public static final String FROM = "from";

    public static final String TO = "to";

    public ExchangePeriod {
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(to, "to");
    }

    /** The first instant of the period. */
    public java.time.Instant start() {
        return from.atStartOfDay(JAPAN).toInstant();
    }

    /** The first instant after the period. */
    public java.time.Instant end() {
        ZonedDateTime next = to.plusDays(1).atStartOfDay(JAPAN);
        return next.toInstant();
    }

    /**
     * Checks a period as typed.
     *
     * @param today today in Japan
     * @param earliest the first day whose exchanges are still kept
     * @return the period, or the problems: field ({@link #FROM}, {@link #TO}) to message key
     */
    public static Check check(String from, String to, LocalDate today, LocalDate earliest) {
        Map<String, String> problems = new LinkedHashMap<>();
        LocalDate start = parse(from, FROM, problems);
        LocalDate end = parse(to, TO, problems);
        if (start != null && start.isAfter(today)) {
            problems.put(FROM, "exchange.period.from.future");
        } else if (start != null && start.isBefore(earliest)) {
            problems.put(FROM, "exchange.period.from.tooOld");
        }
        if (end != null && end.isAfter(today)) {
            problems.put(TO, "exchange.period.to.future");
        } else if (start != null && end != null && end.isBefore(start) && !problems.containsKey(FROM)) {
            problems.put(TO, "exchange.period.to.order");
        }
        return new Check(problems.isEmpty() ? new ExchangePeriod(start, end) : null, Map.copyOf(problems));
    }

    private static LocalDate parse(String value, String field, Map<String, String> problems) {
        if (value == null || value.isBlank()) {
            problems.put(field, "exchange.period." + field + ".required");
            return null;
        }
        try {
            return LocalDate.parse(value.strip());
        } catch (DateTimeParseException e) {
            problems.put(field, "exchange.period." + field + ".invalid");
            return null;
        }
    }

    /**
     * The outcome of {@link #check}.
     *
     * @param period the period, or null when there are problems
     * @param problems field to message key; empty when the period is fine
     */
    public record Check(ExchangePeriod period, Map<String, String> problems) {

        public boolean valid() {
            return problems.isEmpty();
        }
    }
}
