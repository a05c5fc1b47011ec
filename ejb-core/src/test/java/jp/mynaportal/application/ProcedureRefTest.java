package jp.mynaportal.application;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class ProcedureRefTest {

    @Test
    void refusesABlankFunction() {
        assertThatThrownBy(() -> new ProcedureRef(" ", "1")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void refusesAKeyLongerThanItsColumn() {
        assertThatThrownBy(() -> new ProcedureRef("pittari", "1".repeat(65)))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void equalWhenFunctionAndKeyAreEqual() {
        assertThat(new ProcedureRef("pittari", "12")).isEqualTo(new ProcedureRef("pittari", "12"));
    }
}
