/** お知らせ: personal notices to residents, read and unread. */
package jp.mynaportal.notice;
