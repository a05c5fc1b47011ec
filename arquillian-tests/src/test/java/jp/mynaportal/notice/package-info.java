/** Tests of お知らせ: audiences at their edges, a resident who moves, read and archive, no fan-out. */
package jp.mynaportal.notice;
