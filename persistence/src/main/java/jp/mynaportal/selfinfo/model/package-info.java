/**
 * Entities of あなたの情報: {@link jp.mynaportal.selfinfo.model.InfoField} (分野), {@link
 * jp.mynaportal.selfinfo.model.InfoItem} (分野詳細) with its {@link
 * jp.mynaportal.selfinfo.model.InfoAttribute}s, {@link jp.mynaportal.selfinfo.model.InfoRecord}
 * (one version of an agency's record, with {@link jp.mynaportal.selfinfo.model.RecordValue}s) and
 * {@link jp.mynaportal.selfinfo.model.ErrorReport}.
 */
package jp.mynaportal.selfinfo.model;
