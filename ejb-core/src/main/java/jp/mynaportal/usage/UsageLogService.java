package jp.mynaportal.usage;

import java.util.List;
import jp.mynaportal.usage.model.UsageAction;

/**
 * 利用履歴: records what happened, in the caller's transaction (so an action and its entry commit
 * or roll back together), as the next link of the log's hash chain, and reads it back as records.
 */
public interface UsageLogService {

    /** Appends an entry now. */
    void record(UsageEvent event);

    /**
     * Appends an entry now of a resident acting on their own data (actor = subject).
     *
     * @param residentId who, or null when nobody could be identified
     * @param result e.g. {@code SUCCESS} or the reason of a failure
     * @param terminal where from
     */
    void record(String residentId, UsageAction action, String result, String terminal);

    /** A resident's latest entries as subject, newest first, if the access policy lets the caller read them. */
    List<UsageRecord> recent(String residentId, int limit);

    /**
     * 利用履歴: one page of the entries that concern the caller as subject or as actor (staff opening
     * a resident's data), newest first.
     */
    UsagePage history(UsageQuery query);
}
