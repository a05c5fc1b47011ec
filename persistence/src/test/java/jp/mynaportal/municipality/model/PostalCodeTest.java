package jp.mynaportal.municipality.model;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class PostalCodeTest {

    @ParameterizedTest
    @ValueSource(
            strings = {"1530063", "153-0063", "１５３００６３", "１５３－００６３", "〒153-0063", " 153 0063 ", "153ー0063", "153−0063"})
    void acceptsTheWaysResidentsTypeAPostalCode(String input) {
        assertThat(PostalCode.parse(input)).map(PostalCode::digits).contains("1530063");
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {"153006", "15300633", "153-006", "abc0063", "153-00六3", "1530063a"})
    void rejectsAnythingButSevenDigits(String input) {
        assertThat(PostalCode.parse(input)).isEmpty();
    }

    @Test
    void formatsWithAHyphenAfterTheThirdDigit() {
        assertThat(PostalCode.parse("1530063").orElseThrow().formatted()).isEqualTo("153-0063");
    }

    @Test
    void equalCodesAreEqualWhateverTheInputForm() {
        assertThat(PostalCode.parse("１５３－００６３")).isEqualTo(PostalCode.parse("1530063"));
    }
}
