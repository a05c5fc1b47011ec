/**
 * The やりとり履歴 services, the background worker that claims 提供要求 from the database and builds
 * them ({@code ExchangeWorker}, {@code ExchangeJobs}), and the demo exchanges of the demo residents.
 */
package jp.mynaportal.exchange.internal;
