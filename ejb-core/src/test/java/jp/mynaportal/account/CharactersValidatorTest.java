package jp.mynaportal.account;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** A nickname's length as a person counts it: full-width characters and surrogate pairs are one each. */
class CharactersValidatorTest {

    @Test
    void countsFullWidthCharactersAsOneEach() {
        assertThat(CharactersValidator.count("利用者本人")).isEqualTo(5);
        assertThat(CharactersValidator.count("ＡＢＣ１２３")).isEqualTo(6);
    }

    @Test
    void countsASurrogatePairAsOneCharacter() {
        String yoshi = "\uD842\uDFB7"; // 𠮷 (U+20BB7), two UTF-16 units
        assertThat(yoshi).hasSize(2);
        assertThat(CharactersValidator.count(yoshi.repeat(20))).isEqualTo(20);
    }

    @Test
    void acceptsTwentyCharactersAndRefusesTwentyOne() {
        Characters twenty = Holder.class.getDeclaredFields()[0].getAnnotation(Characters.class);
        CharactersValidator validator = new CharactersValidator();
        validator.initialize(twenty);
        String yoshi = "\uD842\uDFB7";
        assertThat(validator.isValid(yoshi.repeat(20), null)).isTrue();
        assertThat(validator.isValid(yoshi.repeat(20) + "あ", null)).isFalse();
        assertThat(validator.isValid("あ".repeat(20), null)).isTrue();
    }

    private static final class Holder {
        @Characters(max = 20)
        private String nickname;
    }
}
