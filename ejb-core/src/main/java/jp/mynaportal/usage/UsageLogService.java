package jp.mynaportal.usage;

import java.util.List;
import jp.mynaportal.usage.model.UsageAction;

/**
 * 利用履歴 of the caller: the entries that concern them, as records. Services write the log
 * through {@link UsageRecorder}, in the transaction of the action they record; the {@code record}
 * methods here are kept only until the branches that call them have moved.
 */
public interface UsageLogService {

    /**
     * Appends an entry; its actor is the caller the container knows (the event's actor only when
     * there is none).
     *
     * @deprecated a service records through {@link UsageRecorder}: {@link UsageRecorder#byCaller}
     *     for the caller's own data, {@link UsageRecorder#onSubject} for a subject from the data
     */
    @Deprecated(since = "issue 9", forRemoval = true)
    void record(UsageEvent event);

    /**
     * Appends an entry about {@code residentId}; its actor is the caller the container knows.
     *
     * @deprecated use {@link UsageRecorder#byCaller} (the caller's own data) or {@link
     *     UsageRecorder#onSubject} (a subject from the data, decided by the access policy)
     */
    @Deprecated(since = "issue 9", forRemoval = true)
    void record(String residentId, UsageAction action, String result, String terminal);

    /** The caller's latest entries as subject, newest first. */
    List<UsageRecord> recent(int limit);

    /**
     * A resident's latest entries as subject, newest first, if the access policy lets the caller
     * read them.
     *
     * @deprecated the caller reads their own: {@link #recent(int)}
     */
    @Deprecated(since = "issue 9", forRemoval = true)
    List<UsageRecord> recent(String residentId, int limit);

    /**
     * 利用履歴: one page of the entries that concern the caller as subject or as actor (staff
     * acting on a resident's data), newest first.
     */
    UsagePage history(UsageQuery query);
}
