package jp.mynaportal.mail.model;

/** What a mail tells; its template is {@code mail/<kind>_<language>.txt}. */
public enum MailKind {
    /** ログイン通知: someone logged in with the resident's card. */
    LOGIN,
    /** A new お知らせ arrived. */
    NOTICE,
    /** The link that confirms a new e-mail address, sent to that address. */
    EMAIL_CONFIRMATION,
    /** 利用者登録 was changed. */
    ACCOUNT_CHANGED,
    /** 利用者登録 was deleted. */
    ACCOUNT_DELETED
}
