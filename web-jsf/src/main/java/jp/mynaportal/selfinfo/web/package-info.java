/**
 * あなたの情報's screens (handbook 3-D): the search conditions (分野, 分野詳細, 確認対象日), the
 * 注意事項, the results by 分野詳細 and agency with 「詳細を表示」 and 「結果を表示」, the charts,
 * and the PDF and CSV downloads; and the agencies' record upload endpoint.
 */
package jp.mynaportal.selfinfo.web;
