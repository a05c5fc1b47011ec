package jp.mynaportal.pittari;

import java.io.Serializable;
import java.util.Objects;

/**
 * A keyword-search result, best first: the procedure, its score, and its name and 概要 with the
 * matches marked, in Japanese and (null where the texts are only Japanese) in English.
 */
public record KeywordHit(
        ProcedureSummary procedure,
        float score,
        HighlightedText name,
        HighlightedText summary,
        HighlightedText englishName,
        HighlightedText englishSummary)
        implements Serializable {

    public KeywordHit {
        Objects.requireNonNull(procedure, "procedure");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(summary, "summary");
    }
}
