/**
 * メール: every mail of the portal (ログイン通知, お知らせ通知, e-mail confirmation, changes of 利用者登録)
 * is rendered from a plain-text template in the resident's language and written to the outbox in
 * the transaction of what causes it; a worker sends it through the configured SMTP server with
 * retries and back-off, or, with no server configured, writes it to a folder an operator reads.
 */
package jp.mynaportal.mail;
