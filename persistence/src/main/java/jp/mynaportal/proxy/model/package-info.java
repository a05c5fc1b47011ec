/**
 * Entities of 代理人: {@link jp.mynaportal.proxy.model.ProxyRegistration}, a resident's registration
 * of a 代理人 with its grant, period, the certificates both cards presented and its {@link
 * jp.mynaportal.proxy.model.ProxyState}.
 */
package jp.mynaportal.proxy.model;
