package jp.mynaportal.pittari.web;

import java.io.Serializable;
import java.util.Objects;
import jp.mynaportal.pittari.HighlightedText;
import jp.mynaportal.pittari.KeywordHit;
import jp.mynaportal.pittari.ProcedureSummary;

/** A line of a result list: the procedure, and its name and 概要 with any keyword matches marked. */
public record ResultLine(ProcedureSummary procedure, HighlightedText name, HighlightedText summary)
        implements Serializable {

    public ResultLine {
        Objects.requireNonNull(procedure, "procedure");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(summary, "summary");
    }

    /** A line of ぴったり検索 or 一覧から検索, without marks. */
    public static ResultLine of(ProcedureSummary procedure) {
        return new ResultLine(
                procedure, HighlightedText.plain(procedure.name()), HighlightedText.plain(procedure.summary()));
    }

    /** A line of キーワード検索, with the matches marked. */
    public static ResultLine of(KeywordHit hit) {
        return new ResultLine(hit.procedure(), hit.name(), hit.summary());
    }
}
