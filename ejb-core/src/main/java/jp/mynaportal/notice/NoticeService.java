package jp.mynaportal.notice;

import java.util.List;
import java.util.Optional;
import jp.mynaportal.notice.model.NoticeKind;

/** お知らせ to one resident: sent by other services, listed and read by the resident. */
public interface NoticeService {

    /**
     * Sends a notice to a resident, in the caller's transaction; for other services of the portal,
     * which decided the access themselves.
     *
     * @param about what it is about, or null
     */
    void notify(String residentId, NoticeKind kind, List<String> parameters, NoticeAbout about);

    /** The caller's notices, newest first. */
    List<NoticeLine> notices();

    /** How many of the caller's notices are unread (the badge on the top page). */
    long unread();

    /** Opens one of the caller's notices and marks it read; empty for someone else's notice. */
    Optional<NoticeLine> read(long noticeId);
}
