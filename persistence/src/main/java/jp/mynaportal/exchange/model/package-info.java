/**
 * やりとり履歴 as stored: {@link jp.mynaportal.exchange.model.ExchangeRecord} (one exchange),
 * {@link jp.mynaportal.exchange.model.ExchangeRequest} (a 提供要求 and its state as a job) and
 * {@link jp.mynaportal.exchange.model.ExchangeResultLine} (a line of a built result).
 */
package jp.mynaportal.exchange.model;
