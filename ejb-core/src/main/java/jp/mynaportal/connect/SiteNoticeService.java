package jp.mynaportal.connect;

import jp.mynaportal.notice.NoticeOrder;
import jp.mynaportal.notice.NoticeReadState;

/**
 * 外部サイトへのお知らせ情報提供: a connected site delivers お知らせ to a resident who allowed its
 * notices on もっとつながる, addressed by the site's pairwise subject, and reads whether they were
 * read. The site authenticates every call with a client assertion signed with a key it registered
 * (private_key_jwt, never a shared secret), for {@code <issuer>/api/connect/notices} as audience,
 * each assertion used once. Everything stops when the resident disconnects the site or withdraws
 * their consent to its お知らせ.
 */
public interface SiteNoticeService {

    /** Where a site's assertions are addressed to, below the issuer. */
    String PATH = "/api/connect/notices";

    /**
     * Delivers a notice.
     *
     * @param assertion the site's client assertion (a signed JWT)
     * @param baseUrl the portal's address as the site reached it, when no issuer is configured
     * @param subject the site's pairwise subject of the resident
     * @return the notice's id
     * @throws SiteNoticeRefusal when the site is not authenticated, or the resident does not (or no
     *     longer) allow its お知らせ
     * @throws jp.mynaportal.notice.NoticeRefusedException with every problem of the notice
     */
    long deliver(String assertion, String baseUrl, String subject, NoticeOrder order);

    /**
     * What became of a notice the site delivered, while the resident still allows its お知らせ.
     *
     * @throws SiteNoticeRefusal when the site is not authenticated, the notice is not its own, or
     *     the resident no longer allows its お知らせ
     */
    NoticeReadState state(String assertion, String baseUrl, long noticeId);
}
