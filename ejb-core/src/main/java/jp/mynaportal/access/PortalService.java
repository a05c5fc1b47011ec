package jp.mynaportal.access;

/** The portal services an actor can use on a subject's data; issue 16 grants some of them to 代理人. */
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
    /** Counter help with the card: identifying the holder, resetting the PIN. */
    COUNTER_CARD,
    /** あなたの情報: the records agencies hold about the resident, and the resident's error reports. */
    SELF_INFORMATION,
    /** 健康保険証利用申込: the resident's registration of the card as health-insurance card. */
    HEALTH_INSURANCE,
    /** A health insurer's side of the registrations addressed to it (confirming them). */
    INSURER_REGISTRATIONS,
    /** オンライン資格確認: a medical institution checks a card holder's current insurance. */
    ELIGIBILITY
}
