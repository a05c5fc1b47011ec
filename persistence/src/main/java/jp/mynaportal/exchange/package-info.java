/**
 * やりとり履歴 (3-E): the exchanges of residents' information between agencies as the agencies record
 * them, the residents' 提供要求 as durable jobs that any portal node may claim, and the results
 * built from them.
 */
package jp.mynaportal.exchange;
