/**
 * 利用履歴: every login, failure, logout and portal action, and every time someone else (staff,
 * later agencies and proxies) looked at a resident's data; append-only and tamper-evident, read as
 * records by the 利用履歴 screen.
 */
package jp.mynaportal.usage;
