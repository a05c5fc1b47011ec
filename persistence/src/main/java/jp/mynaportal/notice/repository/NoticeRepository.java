package jp.mynaportal.notice.repository;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import jp.mynaportal.notice.model.AudienceFacts;
import jp.mynaportal.notice.model.Notice;
import jp.mynaportal.notice.model.NoticeAudience;
import jp.mynaportal.notice.model.NoticeBroadcast;
import jp.mynaportal.notice.model.NoticeFilter;
import jp.mynaportal.notice.model.NoticeReceipt;

/** Stored notices: personal ones, notices to many with their audience, and what residents did with them. */
public interface NoticeRepository {

    void add(Notice notice);

    /** A resident's notices, newest first. */
    List<Notice> findByResident(String residentId, int limit);

    /** A resident's personal notices in a list's filter, newest first. */
    List<Notice> findByResident(String residentId, NoticeFilter filter, int limit);

    Optional<Notice> findById(long id);

    void addBroadcast(NoticeBroadcast broadcast);

    Optional<NoticeBroadcast> findBroadcast(long id);

    /** The notices to many whose audience includes the resident and that are valid now, newest first. */
    List<NoticeBroadcast> findVisible(AudienceFacts facts, Instant now, int limit);

    /** The facts the audience criteria decide on, for a resident on a day; empty for someone unknown. */
    Optional<AudienceFacts> findFacts(String residentId, java.time.LocalDate day);

    /**
     * How many notices the resident has not read: their personal notices, and the notices to many
     * valid now whose audience includes them, in one statement.
     */
    long countAllUnread(AudienceFacts facts, Instant now);

    /** A resident's receipts of the given notices to many. */
    List<NoticeReceipt> findReceipts(String residentId, List<Long> broadcastIds);

    Optional<NoticeReceipt> findReceipt(long broadcastId, String residentId);

    void addReceipt(NoticeReceipt receipt);

    /** How many residents an audience reaches now (the preview before sending). */
    long countReach(NoticeAudience audience, java.time.LocalDate today);

    /** The notices to many a sender wrote, newest first. */
    List<NoticeBroadcast> findBySender(String senderKind, String senderCode, int limit);

    /** How many residents marked a notice to many read. */
    long countRead(long broadcastId);

    /** 利用者登録の削除: a resident's personal notices and their receipts of notices to many. */
    void removeResidentNotices(String residentId);
}
