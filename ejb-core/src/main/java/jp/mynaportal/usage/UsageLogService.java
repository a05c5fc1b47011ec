package jp.mynaportal.usage;

import java.util.List;
import jp.mynaportal.usage.model.UsageAction;
import jp.mynaportal.usage.model.UsageLogEntry;

/** 利用履歴: records what happened, in the caller's transaction, and reads it back. */
public interface UsageLogService {

    /**
     * Appends an entry now.
     *
     * @param residentId who, or null when nobody could be identified
     * @param result e.g. {@code SUCCESS} or the reason of a failure
     * @param terminal where from
     */
    void record(String residentId, UsageAction action, String result, String terminal);

    /** A resident's latest entries, newest first. */
    List<UsageLogEntry> recent(String residentId, int limit);
}
