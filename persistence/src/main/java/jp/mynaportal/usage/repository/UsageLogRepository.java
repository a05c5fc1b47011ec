package jp.mynaportal.usage.repository;

import java.util.List;
import jp.mynaportal.usage.model.UsageLogEntry;

/** The usage log: entries are appended and read, never changed. */
public interface UsageLogRepository {

    void append(UsageLogEntry entry);

    /** A resident's entries, newest first. */
    List<UsageLogEntry> findByResident(String residentId, int limit);
}
