/** お知らせ: notices to residents. */
package jp.mynaportal.notice;
