package jp.mynaportal.selfinfo;

import java.util.List;
import java.util.Locale;

/** あなたの情報 for the caller: what the agencies hold about them on a 確認対象日. */
public interface SelfInfoService {

    /**
     * The caller's records in the asked 分野詳細 valid on the 確認対象日; the read is recorded in
     * 利用履歴 in the same transaction.
     *
     * @throws IllegalArgumentException for a 分野詳細 that is not in the catalogue
     */
    SelfInfoAnswer lookUp(SelfInfoQuestion question, String terminal);

    /**
     * The 分野 of the catalogue the caller may read for their subject, in catalogue order: every
     * one for a resident's own data, only the granted ones for a 代理人.
     */
    List<FieldInfo> readableFields();

    /**
     * The same answer as a file to keep (PDF with the Japanese font of the receipts, or CSV), with
     * the 確認対象日 and the time of retrieval; recorded in 利用履歴 as a download.
     */
    SelfInfoDocument download(
            SelfInfoQuestion question, SelfInfoDocument.Format format, Locale locale, String terminal);
}
