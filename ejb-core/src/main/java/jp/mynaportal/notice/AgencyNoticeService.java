package jp.mynaportal.notice;

import java.util.Optional;

/**
 * お知らせ written by the calling agency through the agency API: to one resident, named by the
 * agency's own link code (never a My Number), or to every resident who meets criteria; the preview
 * counts the residents a notice would reach before it is sent. One row per notice, whatever its
 * reach.
 */
public interface AgencyNoticeService {

    /**
     * How many residents the audience reaches today.
     *
     * @param linkCode the one resident, or null for criteria
     * @param criteria the criteria, used when {@code linkCode} is null
     * @throws NoticeRefusedException for criteria out of range or a link code the agency does not have
     */
    long reach(String linkCode, NoticeCriteria criteria);

    /**
     * Sends the notice.
     *
     * @param terminal the client address, for the 利用履歴 (the one resident's, or the agency's own)
     * @return its id
     * @throws NoticeRefusedException with every problem of the notice and its audience
     */
    long send(NoticeOrder order, String linkCode, NoticeCriteria criteria, String terminal);

    /** What became of a notice the calling agency sent; empty for another sender's. */
    Optional<NoticeReadState> state(long id);
}
