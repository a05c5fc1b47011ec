package jp.mynaportal.usage;

import java.util.List;

/**
 * 利用履歴 of the caller: the entries that concern them, as records. Services write the log
 * through {@link UsageRecorder}, in the transaction of the action they record; nothing here
 * writes, and nothing takes another person's id.
 */
public interface UsageLogService {

    /** The caller's latest entries as subject, newest first. */
    List<UsageRecord> recent(int limit);

    /**
     * 利用履歴: one page of the entries that concern the caller as subject or as actor (staff
     * acting on a resident's data), newest first.
     */
    UsagePage history(UsageQuery query);
}
