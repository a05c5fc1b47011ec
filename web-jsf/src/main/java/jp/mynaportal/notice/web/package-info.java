/** お知らせ screens. */
package jp.mynaportal.notice.web;
