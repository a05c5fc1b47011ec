package jp.mynaportal.pittari.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class JapaneseSearchTest {

    private static final ProcedureIndex INDEX = new ProcedureIndex(new TemplateOnlyRepository());

    private static List<String> keys(String keywords) {
        return INDEX.search(KeywordQuery.parse(keywords), "131105", 200).stream()
                .map(ProcedureIndex.Hit::key)
                .sorted()
                .toList();
    }

    @Test
    void kanjiFindsChildcareProcedures() {
        assertThat(keys("子育て")).contains("T:P003", "T:C015");
    }

    @Test
    void hiraganaReadingFindsTheSameProceduresAsKanji() {
        assertThat(keys("こそだて")).isEqualTo(keys("子育て"));
    }

    @Test
    void verbFormFindsTheSameProceduresAsTheNoun() {
        assertThat(keys("子育てる")).isEqualTo(keys("子育て"));
    }

    @Test
    void suruVerbFindsTheSameProceduresAsTheNoun() {
        assertThat(keys("子育てする")).isEqualTo(keys("子育て"));
    }

    @Test
    void katakanaFindsTheSameProceduresAsHiragana() {
        assertThat(keys("コソダテ")).isEqualTo(keys("こそだて"));
    }

    @Test
    void halfWidthKatakanaFindsTheSameProceduresAsFullWidth() {
        assertThat(keys("ｺｿﾀﾞﾃ")).isEqualTo(keys("コソダテ"));
    }

    @Test
    void fullWidthLettersFindTheSameProceduresAsHalfWidth() {
        assertThat(keys("ＩＣカード")).isNotEmpty().isEqualTo(keys("ICカード"));
    }

    @Test
    void oldCharacterFormsFindTheSameProceduresAsNewForms() {
        assertThat(keys("國民健康保險")).isNotEmpty().isEqualTo(keys("国民健康保険"));
    }

    @Test
    void readingSplitDifferentlyByKuromojiStillFindsTheWord() {
        assertThat(keys("てんしゅつ")).contains("T:R003");
    }

    @Test
    void nameMatchesRankFirst() {
        assertThat(INDEX.search(KeywordQuery.parse("転出届"), "131105", 10).get(0).key())
                .isEqualTo("T:R003");
    }

    @Test
    void everyWordMustMatch() {
        assertThat(keys("児童手当 現況届")).contains("T:C010").doesNotContain("T:C001");
    }

    @Test
    void ideographicSpaceSeparatesWords() {
        assertThat(keys("児童手当　現況届")).isEqualTo(keys("児童手当 現況届"));
    }

    @Test
    void unrelatedWordsFindNothing() {
        assertThat(keys("宇宙旅行")).isEmpty();
    }

    @Test
    void localProceduresOfOtherMunicipalitiesAreNotInScope() {
        assertThat(keys("粗大ごみ")).allMatch(k -> k.startsWith("T:"));
    }

    @Test
    void everydayWordFindsTheCatalogueWord() {
        assertThat(keys("保育園")).contains("T:C011", "T:C012", "T:C013", "T:C016");
    }

    @Test
    void kanaOfAnEverydayWordFindsTheCatalogueWord() {
        assertThat(keys("ほいくえん")).isEqualTo(keys("保育園"));
    }

    @Test
    void variantsOfGomiFindTheSameProcedures() {
        assertThat(keys("ゴミ")).isNotEmpty().isEqualTo(keys("ごみ")).isEqualTo(keys("塵"));
    }

    @Test
    void colloquialNameOfAProcedureFindsIt() {
        assertThat(keys("子ども手当")).contains("T:C001", "T:C002", "T:C010");
    }

    @Test
    void readingOfChildAllowanceRanksAChildAllowanceClaimFirstNotADonation() {
        List<String> ranked = ranked("じどうてあて");
        assertThat(ranked.get(0)).isIn("T:C001", "T:C002", "T:C003", "T:C004", "T:C010");
        assertThat(ranked.subList(0, 3)).doesNotContain("T:C007");
    }

    @Test
    void residentsOwnWordRanksAboveItsSynonym() {
        assertThat(ranked("保育所")).first().isIn("T:C011", "T:C012", "T:C013", "T:C016");
        assertThat(keys("保育所")).containsAll(keys("保育園"));
    }

    @Test
    void weakMatchesAreCut() {
        assertThat(keys("犬")).containsExactly("T:G002", "T:G003", "T:G004", "T:G005");
    }

    @Test
    void categoryNameFindsEveryProcedureOfTheCategory() {
        assertThat(keys("子育て"))
                .contains(
                        "T:C001", "T:C002", "T:C003", "T:C004", "T:C005", "T:C006", "T:C007", "T:C008", "T:C009",
                        "T:C010", "T:C011", "T:C012", "T:C013", "T:C014", "T:C015", "T:C016", "T:C017", "T:C018",
                        "T:C019", "T:C020");
    }

    private static List<String> ranked(String keywords) {
        return INDEX.search(KeywordQuery.parse(keywords), "131105", 200).stream()
                .map(ProcedureIndex.Hit::key)
                .toList();
    }
}
