package jp.mynaportal.usage;

import java.time.Instant;
import java.util.Objects;
import java.util.Set;

/**
 * Which entries of a person's 利用履歴 to show: a period ({@code from} inclusive, {@code to}
 * exclusive) and the kinds; a page of them.
 */
public record UsageQuery(Instant from, Instant to, Set<UsageKind> kinds, int page, int pageSize) {

    /** The most entries one page (or one CSV download) holds. */
    public static final int MAX_PAGE_SIZE = 1000;

    public UsageQuery {
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(to, "to");
        kinds = Set.copyOf(kinds);
        if (page < 0 || pageSize < 1 || pageSize > MAX_PAGE_SIZE) {
            throw new IllegalArgumentException("page " + page + " of size " + pageSize);
        }
    }
}
