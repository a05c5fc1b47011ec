package jp.mynaportal.notice;

import java.util.List;
import java.util.Optional;
import jp.mynaportal.notice.model.NoticeKind;

/**
 * お知らせ of the caller: listed and read by the resident. Services send them through {@link
 * NoticeSender}.
 */
public interface NoticeService {

    /**
     * Sends a notice to a resident, in the caller's transaction, if the access policy lets the
     * caller write to them (as the resident themselves, or as staff of their municipality).
     *
     * @param about what it is about, or null
     * @deprecated a service sends through {@link NoticeSender#send}, with the subject (and the
     *     municipality responsible) taken from its data and the portal service it acts in
     */
    @Deprecated(since = "issue 9", forRemoval = true)
    void notify(String residentId, NoticeKind kind, List<String> parameters, NoticeAbout about);

    /** The caller's notices, newest first. */
    List<NoticeLine> notices();

    /** How many of the caller's notices are unread (the badge on the top page). */
    long unread();

    /** Opens one of the caller's notices and marks it read; empty for someone else's notice. */
    Optional<NoticeLine> read(long noticeId);
}
