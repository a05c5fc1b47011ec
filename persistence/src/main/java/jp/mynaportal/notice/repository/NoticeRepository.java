package jp.mynaportal.notice.repository;

import java.util.List;
import java.util.Optional;
import jp.mynaportal.notice.model.Notice;

/** Stored notices. */
public interface NoticeRepository {

    void add(Notice notice);

    /** A resident's notices, newest first. */
    List<Notice> findByResident(String residentId, int limit);

    Optional<Notice> findById(long id);

    long countUnread(String residentId);
}
