/**
 * やりとり履歴's screens (handbook 3-E): 提供要求 (対象期間 → 確認 → 完了), 状況確認, the result with
 * filters, sorting, pages, a diagram and the CSV download, and deleting a result.
 */
package jp.mynaportal.exchange.web;
