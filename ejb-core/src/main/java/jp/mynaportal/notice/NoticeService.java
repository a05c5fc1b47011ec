package jp.mynaportal.notice;

import java.util.List;
import java.util.Optional;
import jp.mynaportal.notice.model.NoticeKind;

/**
 * お知らせ of the caller: personal notices (services send them through {@link NoticeSender}) and
 * notices to many written through {@link NoticeDelivery}; listed, read and archived by the resident.
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

    /** How many of the caller's notices (personal, and to many) are unread (the badge on the top page and in the header). */
    long unread();

    /** Opens one of the caller's personal notices and marks it read; empty for someone else's notice. */
    Optional<NoticeLine> read(long noticeId);

    /**
     * The caller's お知らせ as the list shows them: personal notices and the notices to many whose
     * audience includes the caller now and that are valid now, newest first.
     */
    List<InboxNotice> inbox(NoticeQuery query);

    /** One of the caller's notices, without marking it read; empty if it is not the caller's to see. */
    Optional<InboxNotice> open(String ref);

    /** Marks one of the caller's notices read; false if it is not the caller's to see. */
    boolean markRead(String ref);

    /** Archives one of the caller's notices (it leaves the current list); false if it is not the caller's to see. */
    boolean archive(String ref);

    /** The PDF attached to one of the caller's notices. */
    Optional<NoticeAttachment> attachment(String ref);
}
