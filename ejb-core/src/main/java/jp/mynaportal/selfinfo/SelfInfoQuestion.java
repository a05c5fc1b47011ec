package jp.mynaportal.selfinfo;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * What the resident asks: the 分野詳細 (at least one) and the 確認対象日.
 *
 * @param itemCodes the 分野詳細 in the order they were chosen
 */
public record SelfInfoQuestion(List<String> itemCodes, LocalDate asOf) {

    /** The most 分野詳細 one question may name (all of them). */
    public static final int MAX_ITEMS = 64;

    public SelfInfoQuestion {
        itemCodes = List.copyOf(itemCodes);
        Objects.requireNonNull(asOf, "asOf");
        if (itemCodes.isEmpty() || itemCodes.size() > MAX_ITEMS) {
            throw new IllegalArgumentException("Ask for 1 to " + MAX_ITEMS + " items");
        }
    }
}
