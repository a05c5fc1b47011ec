package jp.mynaportal.usage.web;

import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import jp.mynaportal.usage.UsageKind;
import jp.mynaportal.usage.UsageQuery;

/**
 * The 利用履歴 filter as the page's GET parameters give it ({@code from} and {@code to} as
 * {@code 2026-12-01}, days in Japan time and both included; {@code kind} repeated; {@code page}
 * from 1), checked: what was typed stays as typed, and each bad field gets a message key.
 */
public final class UsageHistoryFilter {

    /** Entries per page on the screen unless {@code mynaportal.usage.page-size} says otherwise. */
    public static final int PAGE_SIZE = 20;

    /** The period shown when none is given: the last 90 days. */
    static final int DEFAULT_DAYS = 90;

    private static final ZoneId JAPAN = ZoneId.of("Asia/Tokyo");

    private final String from;
    private final String to;
    private final Set<UsageKind> kinds;
    private final int page;
    private final Map<String, String> errors = new LinkedHashMap<>();
    private LocalDate fromDay;
    private LocalDate toDay;

    private UsageHistoryFilter(String from, String to, Set<UsageKind> kinds, int page) {
        this.from = from;
        this.to = to;
        this.kinds = kinds;
        this.page = page;
    }

    /** The filter of these parameters, with {@code today} (in Japan) for the default period. */
    public static UsageHistoryFilter of(String from, String to, List<String> kinds, String page, LocalDate today) {
        Set<UsageKind> chosen = EnumSet.noneOf(UsageKind.class);
        for (String kind : kinds == null ? List.<String>of() : kinds) {
            for (UsageKind k : UsageKind.values()) {
                if (k.name().toLowerCase(Locale.ROOT).equals(kind)) {
                    chosen.add(k);
                }
            }
        }
        int pageNumber = page != null && page.matches("[1-9][0-9]{0,5}") ? Integer.parseInt(page) : 1;
        UsageHistoryFilter filter = new UsageHistoryFilter(
                blank(from) ? today.minusDays(DEFAULT_DAYS).toString() : from.strip(),
                blank(to) ? today.toString() : to.strip(),
                chosen.isEmpty() ? EnumSet.allOf(UsageKind.class) : chosen,
                pageNumber);
        filter.fromDay = filter.day("from", filter.from);
        filter.toDay = filter.day("to", filter.to);
        if (filter.fromDay != null && filter.toDay != null && filter.fromDay.isAfter(filter.toDay)) {
            filter.errors.put("to", "usage.history.periodOrder");
        }
        return filter;
    }

    private static boolean blank(String text) {
        return text == null || text.isBlank();
    }

    private LocalDate day(String field, String text) {
        try {
            return LocalDate.parse(text);
        } catch (DateTimeParseException e) {
            errors.put(field, "usage.history.invalidDate");
            return null;
        }
    }

    public boolean valid() {
        return errors.isEmpty();
    }

    /** Message keys of the bad fields ({@code from}, {@code to}). */
    public Map<String, String> errors() {
        return Map.copyOf(errors);
    }

    /** The query of a valid filter, for page {@code page} (from 0) of {@code pageSize}. */
    public UsageQuery query(int pageIndex, int pageSize) {
        if (!valid()) {
            throw new IllegalStateException("The filter has errors: " + errors);
        }
        return new UsageQuery(
                fromDay.atStartOfDay(JAPAN).toInstant(),
                toDay.plusDays(1).atStartOfDay(JAPAN).toInstant(),
                kinds,
                pageIndex,
                pageSize);
    }

    /** The screen's query: the chosen page of {@code pageSize} entries. */
    public UsageQuery pageQuery(int pageSize) {
        return query(page - 1, pageSize);
    }

    public String from() {
        return from;
    }

    public String to() {
        return to;
    }

    public Set<UsageKind> kinds() {
        return kinds;
    }

    public int page() {
        return page;
    }
}
