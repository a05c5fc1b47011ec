/** 利用履歴: every login, failure and logout (and later every portal action), append-only. */
package jp.mynaportal.usage;
