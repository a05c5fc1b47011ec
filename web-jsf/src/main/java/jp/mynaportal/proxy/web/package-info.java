/**
 * The 代理人 screens: the menu (only the list on a phone, decided by {@link
 * jp.mynaportal.proxy.web.ProxyScreens}), the grant form, the two card steps, 完了, the list with
 * change and revocation, and 「代理人として利用する」.
 */
package jp.mynaportal.proxy.web;
