package jp.mynaportal.connect;

import java.util.List;

/**
 * 外部サイトへのお知らせ情報提供 (handbook 3-J, the fourth service a resident can grant a 代理人):
 * the resident's consent, per connected site that delivers お知らせ (もっとつながる, 3-I), that the
 * portal provides the site's お知らせ to them and tells the site whether they were read. The
 * resident manages it for themselves, and a 代理人 the resident granted it to manages it for the
 * resident; the access policy decides every call ({@code PortalService.NOTICE_SHARING}), and a
 * change is in the resident's 利用履歴 (with the 代理人 as actor when one made it). Connecting and
 * disconnecting sites stay with もっとつながる ({@link ConnectService}), the resident's own.
 */
public interface NoticeSharingService {

    /** The sites the subject connected that deliver お知らせ, each with whether it may now. */
    List<NoticeSharing> sites();

    /**
     * Allows a connected site to provide お知らせ to the subject, or withdraws that consent (the
     * site's notices stop at once; those delivered stay in the subject's お知らせ). Nothing happens
     * for a site that is not connected or does not deliver お知らせ, or when nothing changes.
     *
     * @param terminal the client address, for 利用履歴
     */
    void allow(String clientId, boolean allowed, String terminal);
}
