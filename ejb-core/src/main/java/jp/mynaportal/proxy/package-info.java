/**
 * 代理人 (handbook 3-J): a resident's registration of a 代理人 who may use the granted services
 * ({@link jp.mynaportal.access.ProxyScope}), あなたの情報 分野 and period, confirmed by both cards;
 * the service {@link jp.mynaportal.proxy.ProxyService} and its records. The access policy asks the
 * registrations on every call through {@link jp.mynaportal.access.ProxyMandates}.
 */
package jp.mynaportal.proxy;
