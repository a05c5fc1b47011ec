package jp.mynaportal.pittari;

import java.io.Serializable;
import java.util.Objects;
import jp.mynaportal.pittari.model.ProcedureCategory;

/**
 * A line of a result list: the procedure's page id, name, 概要 and whether it can be done online;
 * {@code englishName} and {@code englishSummary} are null where the texts exist only in Japanese (a
 * municipality's own texts).
 */
public record ProcedureSummary(
        long id,
        String lgCode,
        ProcedureCategory category,
        String name,
        String reading,
        String summary,
        boolean online,
        boolean signatureRequired,
        String englishName,
        String englishSummary)
        implements Serializable {

    public ProcedureSummary {
        Objects.requireNonNull(lgCode, "lgCode");
        Objects.requireNonNull(category, "category");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(reading, "reading");
        Objects.requireNonNull(summary, "summary");
    }
}
