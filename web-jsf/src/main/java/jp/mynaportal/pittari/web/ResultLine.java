package jp.mynaportal.pittari.web;

import java.io.Serializable;
import java.util.Objects;
import jp.mynaportal.pittari.HighlightedText;
import jp.mynaportal.pittari.KeywordHit;
import jp.mynaportal.pittari.ProcedureSummary;

/**
 * A line of a result list: the procedure, its name and 概要 in the page's language with any keyword
 * matches marked, and whether these texts are Japanese on an English page (a municipality's own
 * texts, which exist only in Japanese).
 */
public record ResultLine(
        ProcedureSummary procedure, HighlightedText name, HighlightedText summary, boolean japaneseOnly)
        implements Serializable {

    public ResultLine {
        Objects.requireNonNull(procedure, "procedure");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(summary, "summary");
    }

    /** A line of ぴったり検索 or 一覧から検索, without marks, in English where asked and available. */
    public static ResultLine of(ProcedureSummary procedure, boolean english) {
        if (english && procedure.englishName() != null) {
            return new ResultLine(
                    procedure,
                    HighlightedText.plain(procedure.englishName()),
                    HighlightedText.plain(procedure.englishSummary()),
                    false);
        }
        return new ResultLine(
                procedure,
                HighlightedText.plain(procedure.name()),
                HighlightedText.plain(procedure.summary()),
                english);
    }

    /** A line of キーワード検索, with the matches marked, in English where asked and available. */
    public static ResultLine of(KeywordHit hit, boolean english) {
        if (english && hit.englishName() != null) {
            return new ResultLine(hit.procedure(), hit.englishName(), hit.englishSummary(), false);
        }
        return new ResultLine(hit.procedure(), hit.name(), hit.summary(), english);
    }

    /** The name as the page shows it, without marks. */
    public String shownName() {
        return name.text();
    }
}
