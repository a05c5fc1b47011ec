/** やりとり履歴 benchmarks: the finished result page over HTTP at 16 concurrent logged-in clients. */
package jp.mynaportal.exchange.benchmark;
