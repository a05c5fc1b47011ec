package jp.mynaportal.application.receipt;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class LineWrapperTest {

    /** Every character one unit wide. */
    private final LineWrapper wrapper = new LineWrapper(cp -> 1);

    @Test
    void breaksJapaneseBetweenAnyTwoCharacters() {
        assertThat(wrapper.wrap("あいうえおかきくけこさし", 5)).containsExactly("あいうえお", "かきくけこ", "さし");
    }

    @Test
    void doesNotStartALineWithAFullStop() {
        assertThat(wrapper.wrap("あいうえお。かき", 5)).containsExactly("あいうえ", "お。かき");
    }

    @Test
    void doesNotEndALineWithAnOpeningBracket() {
        assertThat(wrapper.wrap("あいうえ「かき」", 5)).containsExactly("あいうえ", "「かき」");
    }

    @Test
    void keepsAnOpeningBracketWithTheCharacterMovedBeforeAFullStop() {
        assertThat(wrapper.wrap("あいう「か」", 5)).containsExactly("あいう", "「か」");
    }

    @Test
    void movesALatinWordToTheNextLineWhole() {
        assertThat(wrapper.wrap("see receipt", 9)).containsExactly("see", "receipt");
    }

    @Test
    void breaksAWordLongerThanALine() {
        assertThat(wrapper.wrap("abcdefgh", 3)).containsExactly("abc", "def", "gh");
    }

    @Test
    void breaksAtNewLines() {
        assertThat(wrapper.wrap("1行目\n\n3行目", 10)).containsExactly("1行目", "", "3行目");
    }
}
