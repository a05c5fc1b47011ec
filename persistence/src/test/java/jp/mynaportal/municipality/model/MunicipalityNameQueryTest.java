package jp.mynaportal.municipality.model;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class MunicipalityNameQueryTest {

    @Test
    void readsKatakanaAsHiragana() {
        assertThat(MunicipalityNameQuery.parse("メグロ").orElseThrow().text()).isEqualTo("めぐろ");
    }

    @Test
    void readsHalfWidthKatakanaAsHiragana() {
        assertThat(MunicipalityNameQuery.parse("ﾒｸﾞﾛ").orElseThrow().text()).isEqualTo("めぐろ");
    }

    @Test
    void dropsSpacesIncludingFullWidthOnes() {
        assertThat(MunicipalityNameQuery.parse(" 目黒　区 ").orElseThrow().text()).isEqualTo("目黒区");
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {"   ", "　"})
    void isEmptyWhenNothingSearchableWasTyped(String input) {
        assertThat(MunicipalityNameQuery.parse(input)).isEmpty();
    }

    @Test
    void escapesLikeWildcardsSoTheyMatchLiterally() {
        assertThat(MunicipalityNameQuery.parse("50%_a\\").orElseThrow().containsPattern())
                .isEqualTo("%50\\%\\_a\\\\%");
    }
}
