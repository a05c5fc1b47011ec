/** Access to the mail outbox, including the conditional update by which a worker claims a mail. */
package jp.mynaportal.mail.repository;
