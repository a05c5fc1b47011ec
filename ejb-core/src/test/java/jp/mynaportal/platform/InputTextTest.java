package jp.mynaportal.platform;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class InputTextTest {

    @Test
    void twentyEmojiAreTwentyCharacters() {
        String emoji = "😀".repeat(20);
        assertThat(InputText.length(emoji)).isEqualTo(20);
        assertThat(InputText.problem(emoji, 20, false)).isNull();
    }

    @Test
    void aDecomposedKanaIsStoredComposed() {
        assertThat(InputText.normalize("か\u3099")).isEqualTo("が");
    }

    @Test
    void aNulIsAControlCharacter() {
        assertThat(InputText.problem("山田\u0000", 200, false)).isEqualTo(InputText.Problem.CONTROL_CHARACTER);
    }

    @Test
    void aLineBreakIsAllowedOnlyWhereSeveralLinesAre() {
        assertThat(InputText.problem("一行目\n二行目", 200, true)).isNull();
        assertThat(InputText.problem("一行目\n二行目", 200, false)).isEqualTo(InputText.Problem.CONTROL_CHARACTER);
    }

    @Test
    void aBidiOverrideIsRefused() {
        assertThat(InputText.problem("abc\u202Etxt.exe", 200, false)).isEqualTo(InputText.Problem.CONTROL_CHARACTER);
    }

    @Test
    void anUnpairedSurrogateIsRefused() {
        assertThat(InputText.problem("a\uD83D", 200, false)).isEqualTo(InputText.Problem.UNPAIRED_SURROGATE);
        assertThat(InputText.problem("\uDE00a", 200, false)).isEqualTo(InputText.Problem.UNPAIRED_SURROGATE);
    }

    @Test
    void moreCharactersThanTheFieldTakesAreTooLong() {
        assertThat(InputText.problem("あ".repeat(201), 200, false)).isEqualTo(InputText.Problem.TOO_LONG);
    }
}
