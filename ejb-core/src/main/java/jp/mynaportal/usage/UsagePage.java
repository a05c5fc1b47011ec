package jp.mynaportal.usage;

import java.util.List;

/** One page of a person's 利用履歴, newest first, and how many entries the query found in all. */
public record UsagePage(List<UsageRecord> records, long total, int page, int pageSize) {

    public UsagePage {
        records = List.copyOf(records);
    }

    public int pages() {
        return (int) Math.max(1, (total + pageSize - 1) / pageSize);
    }
}
