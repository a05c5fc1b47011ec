/**
 * ぴったりサービス search (handbook 3-C): a municipality's categories with counts, its procedures by
 * category (ぴったり検索, 一覧から検索), keyword search in Japanese with readings and highlighted matches
 * (キーワード検索), a procedure's details (手続詳細) and 地域比較 of two to four municipalities.
 */
package jp.mynaportal.pittari;
