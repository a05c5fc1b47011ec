package jp.mynaportal.pittari.web;

import static org.assertj.core.api.Assertions.assertThat;

import jp.mynaportal.pittari.ProcedureSummary;
import jp.mynaportal.pittari.model.ProcedureCategory;
import org.junit.jupiter.api.Test;

class ResultLineTest {

    private static final ProcedureSummary TEMPLATE = new ProcedureSummary(
            1,
            "131105",
            ProcedureCategory.CHILDCARE,
            "児童手当の認定請求",
            "じどうてあてのにんていせいきゅう",
            "児童手当を受け取るための手続です。",
            true,
            true,
            "Child allowance: application for certification",
            "Apply for the child allowance.");

    private static final ProcedureSummary OWN_TEXT = new ProcedureSummary(
            2,
            "131105",
            ProcedureCategory.CHILDCARE,
            "目黒区子育て応援券",
            "めぐろくこそだておうえんけん",
            "区独自の子育て支援です。",
            false,
            false,
            null,
            null);

    @Test
    void englishPageShowsTheCatalogueEnglishTexts() {
        ResultLine line = ResultLine.of(TEMPLATE, true);
        assertThat(line.shownName()).isEqualTo("Child allowance: application for certification");
        assertThat(line.summary().text()).isEqualTo("Apply for the child allowance.");
        assertThat(line.japaneseOnly()).isFalse();
    }

    @Test
    void englishPageMarksAMunicipalitysOwnTextsAsJapaneseOnly() {
        ResultLine line = ResultLine.of(OWN_TEXT, true);
        assertThat(line.shownName()).isEqualTo("目黒区子育て応援券");
        assertThat(line.japaneseOnly()).isTrue();
    }

    @Test
    void japanesePageShowsJapaneseWithoutMarker() {
        ResultLine line = ResultLine.of(TEMPLATE, false);
        assertThat(line.shownName()).isEqualTo("児童手当の認定請求");
        assertThat(line.japaneseOnly()).isFalse();
    }
}
