/**
 * やりとり履歴 (handbook 3-E): the resident files a 提供要求 for a period ({@link
 * jp.mynaportal.exchange.ExchangeHistoryService}), a background worker on some portal node builds
 * the result exactly once, and the resident looks at it, filters it, downloads it and deletes it.
 * Agencies record the exchanges through {@link jp.mynaportal.exchange.ExchangeLedger}.
 */
package jp.mynaportal.exchange;
