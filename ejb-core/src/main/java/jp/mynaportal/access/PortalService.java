package jp.mynaportal.access;

/** The portal services an actor can use on a subject's data; {@link ProxyScope} names those a 代理人 can be granted. */
public enum PortalService {
    /** 利用者登録 and its later changes. */
    ACCOUNT,
    /** Online applications (drafts, attachments, submission, receipts). */
    APPLICATIONS,
    /** お知らせ. */
    NOTICES,
    /** 利用履歴. */
    USAGE_LOG,
    /** やりとり履歴: the resident's 提供要求 and their results. */
    EXCHANGE,
    /** The counter inbox: staff examine and decide applications. */
    COUNTER_INBOX,
    /** お知らせの配信: municipality staff writing notices to residents of their municipality. */
    NOTICE_DELIVERY,
    /** Counter help with the card: identifying the holder, resetting the PIN. */
    COUNTER_CARD,
    /** あなたの情報: the records agencies hold about the resident, and the resident's error reports. */
    SELF_INFORMATION,
    /** 健康保険証利用申込: the resident's registration of the card as health-insurance card. */
    HEALTH_INSURANCE,
    /** A health insurer's side of the registrations addressed to it (confirming them). */
    INSURER_REGISTRATIONS,
    /** オンライン資格確認: a medical institution checks a card holder's current insurance. */
    ELIGIBILITY,
    /**
     * もっとつながる: connecting sites to the resident (consent to what a site receives) and
     * disconnecting them. Only the resident themselves: never granted to a 代理人.
     */
    CONNECTED_SITES,
    /**
     * 外部サイトへのお知らせ情報提供: which connected sites deliver the resident's お知らせ; one of the
     * four services a resident can grant a 代理人 ({@link ProxyScope}).
     */
    NOTICE_SHARING,
    /** 代理人: a resident's registrations of 代理人, made and changed by the resident themselves only. */
    PROXY_SETTINGS,
    /**
     * 代理人: a resident telling the 代理人 of their registration about it (its お知らせ and 利用履歴
     * entries); never the 代理人's settings or data.
     */
    PROXY_NOTIFICATIONS
}
