package jp.mynaportal.usage.model;

/** What a usage-log entry records. */
public enum UsageAction {
    /** A login attempt, successful or not. */
    LOGIN,
    /** A logout, or the end of a session by a timeout. */
    LOGOUT,
    /** 利用者登録 at the first login. */
    REGISTRATION,
    /** 利用者登録変更: nickname, e-mail address (requested) or メール通知 changed. */
    ACCOUNT_CHANGED,
    /** A new e-mail address confirmed through its link. */
    EMAIL_CONFIRMED,
    /** 利用者登録の削除. */
    ACCOUNT_DELETED,
    /** A PIN reset at a municipal counter: the resident as subject, the staff member as actor. */
    PIN_RESET,
    /** 一時保存: the resident saved an application draft on purpose (not the saves after each change). */
    APPLICATION_DRAFT_SAVED,
    /** An application submitted (or resubmitted after 差戻し), recorded for the resident. */
    APPLICATION_SUBMITTED,
    /** A try to sign an application with the card, successful or not. */
    APPLICATION_SIGNATURE,
    /** A municipality changed an application's status: the applicant as subject, the staff member as actor. */
    APPLICATION_STATUS_CHANGED,
    /** A staff member opened an application or exported the inbox. */
    APPLICATION_VIEWED_BY_STAFF,
    /** やりとり履歴: the resident filed a 提供要求 (the result is its id). */
    EXCHANGE_REQUESTED,
    /** やりとり履歴: the resident looked at their 提供要求 (状況確認) or opened a result. */
    EXCHANGE_VIEWED,
    /** やりとり履歴: the resident downloaded a result as CSV. */
    EXCHANGE_DOWNLOADED,
    /** やりとり履歴: the resident deleted a 提供要求 and its result. */
    EXCHANGE_DELETED,
    /** あなたの情報: the resident looked at the records agencies hold about them. */
    SELF_INFORMATION_VIEWED,
    /** あなたの情報: the resident saved the shown records as PDF or CSV. */
    SELF_INFORMATION_DOWNLOADED,
    /** あなたの情報: the resident reported an error in a record to its agency. */
    SELF_INFORMATION_ERROR_REPORTED,
    /** The health insurer confirmed the resident's registration of the card as 健康保険証. */
    INSURANCE_REGISTRATION_CONFIRMED,
    /** A medical institution checked the resident's insurance with their card (資格確認). */
    INSURANCE_ELIGIBILITY_CHECKED,
    /** やりとり履歴: an agency recorded an exchange of the resident's information it took part in. */
    EXCHANGE_RECORDED,
    /** もっとつながる: the resident connected a site (consented to what it receives), or was refused. */
    SITE_CONNECTED,
    /** もっとつながる: the resident disconnected a site (つなぐのをやめる); its consent and tokens are revoked. */
    SITE_DISCONNECTED,
    /** お知らせ: an agency wrote a notice to the resident (named by its link code) through the agency API. */
    NOTICE_FROM_AGENCY,
    /**
     * お知らせ: a municipality's staff member wrote a notice to the resident at the counter: the
     * resident as subject, the staff member as actor, the municipality as the actor's organisation.
     */
    NOTICE_FROM_MUNICIPALITY,
    /**
     * お知らせ: a staff member or an agency sent a notice to every resident who meets criteria. The
     * sender's own record (subject and actor the sender, as for an export of the inbox), its result
     * the notice's id; no resident's 利用履歴 shows it, as no resident's data was used to send it.
     */
    NOTICE_SENT,
    /** もっとつながる: the resident allowed a connected site's お知らせ, or withdrew that consent. */
    SITE_NOTICES_CHANGED,
    /**
     * お知らせ: a connected site delivered a notice to the resident under the resident's consent. The
     * resident is the subject; the actor is nobody the container knows (the site authenticated with
     * its client assertion), so the entry names the site's client id as its result.
     */
    NOTICE_FROM_SITE,
    /** 代理人: a registration confirmed by both cards (recorded for the resident and for the 代理人). */
    PROXY_REGISTERED,
    /** 代理人: the resident shortened or widened a registration. */
    PROXY_CHANGED,
    /** 代理人: the resident revoked a registration. */
    PROXY_REVOKED,
    /** 代理人: a registration ended by itself (its period, a reissued card or a revoked certificate). */
    PROXY_ENDED,
    /** 代理人として利用する: the 代理人 began to act for a resident. */
    PROXY_ACTING_STARTED
}
