package jp.mynaportal.pittari;

import java.io.Serializable;
import java.time.Instant;
import java.util.Objects;
import jp.mynaportal.pittari.model.AcceptancePeriod;
import jp.mynaportal.pittari.model.EnglishText;
import jp.mynaportal.pittari.model.ProcedureCategory;
import jp.mynaportal.pittari.model.ProcedureOrigin;
import jp.mynaportal.pittari.model.ProcedureText;

/**
 * 手続詳細: everything a resident reads about one municipality's procedure. A withdrawn procedure
 * still has its page (old links and applications), marked {@code withdrawn}. {@code english} holds
 * the English name, 概要, 対象者, 必要書類, 提出先 and 手数料, or is null where the texts exist only in Japanese. {@code online} is
 * whether it can be applied for online today; {@code acceptancePeriod} is null for a procedure that
 * takes applications all year round.
 */
public record ProcedureDetail(
        long id,
        String lgCode,
        String municipalityName,
        ProcedureCategory category,
        ProcedureText text,
        boolean online,
        boolean signatureRequired,
        ProcedureOrigin origin,
        boolean withdrawn,
        Instant updatedAt,
        EnglishText english,
        AcceptancePeriod acceptancePeriod)
        implements Serializable {

    public ProcedureDetail {
        Objects.requireNonNull(lgCode, "lgCode");
        Objects.requireNonNull(municipalityName, "municipalityName");
        Objects.requireNonNull(category, "category");
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(origin, "origin");
        Objects.requireNonNull(updatedAt, "updatedAt");
    }

    /** The name in the language ({@code "en"} or {@code "ja"}): English where the catalogue has it. */
    public String nameIn(String language) {
        return english(language) ? english.name() : text.name();
    }

    /** The 概要 in the language: English where the catalogue has it. */
    public String summaryIn(String language) {
        return english(language) ? english.summary() : text.summary();
    }

    /** Whether an English page shows this procedure's name and 概要 in Japanese (its own texts). */
    public boolean japaneseOnlyIn(String language) {
        return "en".equals(language) && english == null;
    }

    private boolean english(String language) {
        return "en".equals(language) && english != null;
    }

    /** 対象者 in the language: English where the catalogue has it. */
    public ShownText eligibilityIn(String language) {
        return ShownText.of(language, english == null ? null : english.eligibility(), text.eligibility());
    }

    /** 必要書類 in the language: English where the catalogue has it. */
    public ShownText documentsIn(String language) {
        return ShownText.of(language, english == null ? null : english.documents(), text.requiredDocuments());
    }

    /** The department of 提出先 in the language (the municipality's name stays Japanese). */
    public ShownText departmentIn(String language) {
        return ShownText.of(language, english == null ? null : english.submitTo(), text.submitTo());
    }

    /** 手数料 in the language: English where the catalogue has it. */
    public ShownText feeIn(String language) {
        return ShownText.of(language, english == null ? null : english.fee(), text.fee());
    }

    /** 提出先 as residents read it: the municipality and the department, e.g. 東京都目黒区 子育て支援担当課. */
    public String submitTo() {
        return municipalityName + " " + text.submitTo();
    }
}
