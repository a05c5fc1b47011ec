package jp.mynaportal.pittari.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class KeywordQueryTest {

    @Test
    void punctuationAloneIsNoQuery() {
        assertThat(KeywordQuery.parse(" 、。 ").isEmpty()).isTrue();
    }

    @Test
    void readsKanjiInHiragana() {
        assertThat(KeywordQuery.parse("子育て").words().get(0).readings()).contains("こそだて");
    }

    @Test
    void readsHalfWidthKatakanaInHiragana() {
        assertThat(KeywordQuery.parse("ｺｿﾀﾞﾃ").words().get(0).readings()).contains("こそだて");
    }

    @Test
    void triesAVerbWithoutItsEnding() {
        assertThat(KeywordQuery.parse("子育てる").words().get(0).readings()).contains("こそだて");
    }

    @Test
    void splitsWordsAtFullWidthSpaces() {
        assertThat(KeywordQuery.parse("児童手当　現況届").words()).hasSize(2);
    }
}
