/**
 * あなたの情報 (handbook 3-D): the information agencies hold about a resident, by 分野 and 分野詳細
 * ({@link jp.mynaportal.selfinfo.SelfInfoCatalogue}), answered for a 確認対象日 from time-versioned
 * records ({@link jp.mynaportal.selfinfo.SelfInfoService}), fed by agencies through the agency API
 * ({@link jp.mynaportal.selfinfo.RecordUploadService}), with the residents' error reports.
 */
package jp.mynaportal.selfinfo;
