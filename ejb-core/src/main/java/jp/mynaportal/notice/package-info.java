/**
 * お知らせ: personal notices to one resident, and notices to many from municipalities (later agencies)
 * with an audience decided when a resident's list is read (no row per recipient); read and archived
 * state per resident; the unread count for the top page and the header.
 */
package jp.mynaportal.notice;
