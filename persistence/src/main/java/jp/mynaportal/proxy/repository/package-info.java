/** Stores and finds 代理人 registrations ({@link jp.mynaportal.proxy.repository.ProxyRepository}). */
package jp.mynaportal.proxy.repository;
