package jp.mynaportal.pittari.internal;

import static org.assertj.core.api.Assertions.assertThat;

import jp.mynaportal.pittari.HighlightedText;
import org.junit.jupiter.api.Test;

class MatchHighlighterTest {

    private static HighlightedText highlight(String text, String keywords) {
        return MatchHighlighter.highlight(text, KeywordQuery.parse(keywords));
    }

    @Test
    void marksTheKanjiWordForAKanaQuery() {
        assertThat(highlight("子育てのための施設等利用給付認定の申請", "こそだて").matches()).containsExactly("子育て");
    }

    @Test
    void marksTheNounForAVerbQuery() {
        assertThat(highlight("子育て支援担当課", "子育てる").matches()).containsExactly("子育て");
    }

    @Test
    void keepsTheTextUnchanged() {
        String text = "ほかの市区町村へ引っ越すときに、マイナポータルから転出届を出す手続です。";

        assertThat(highlight(text, "てんしゅつ").text()).isEqualTo(text);
    }

    @Test
    void marksHalfWidthKatakanaInTheOriginalText() {
        assertThat(highlight("ｺｿﾀﾞﾃ支援", "子育て").matches()).containsExactly("ｺｿﾀﾞﾃ");
    }

    @Test
    void marksFullWidthLettersForAHalfWidthQuery() {
        assertThat(highlight("対応するＩＣカードリーダ", "IC").matches()).containsExactly("ＩＣ");
    }

    @Test
    void marksEveryWordOfTheQuery() {
        assertThat(highlight("児童手当の現況届", "児童手当 現況届").matches()).containsExactly("児童手当", "現況届");
    }

    @Test
    void leavesTextWithoutMatchesUnmarked() {
        assertThat(highlight("粗大ごみの収集の申込", "子育て").hasMatch()).isFalse();
    }
}
