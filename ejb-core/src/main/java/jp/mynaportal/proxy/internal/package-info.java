/**
 * The 代理人 service and what it leans on: the card checks of a registration ({@link
 * jp.mynaportal.proxy.internal.ProxyCards}), whether a registration still stands ({@link
 * jp.mynaportal.proxy.internal.RegistrationChecks}: the cards' certificates still current and good,
 * the period), the access policy's view of the registrations ({@link
 * jp.mynaportal.proxy.internal.RegisteredProxyMandates}) and the periodic end of lapsed ones.
 */
package jp.mynaportal.proxy.internal;
