/** 利用履歴: what residents, their proxies and staff did in the portal. */
package jp.mynaportal.usage;
