package jp.mynaportal.pittari.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ChoiceOptionsTest {

    private final ChoiceOptions choices = ChoiceOptions.load();

    @Test
    void aTemplatesOwnChoiceComesFirst() {
        assertThat(choices.find("C001", "living_together")).hasValueSatisfying(c -> {
            assertThat(c.options()).contains("同居");
            assertThat(c.multiple()).isFalse();
        });
    }

    @Test
    void theChoiceForEveryTemplateAppliesWhereATemplateHasNone() {
        assertThat(choices.find("B001", "account_type"))
                .hasValueSatisfying(c -> assertThat(c.options()).containsExactly("普通", "当座", "貯蓄"));
    }

    @Test
    void anUnknownFieldHasNoChoice() {
        assertThat(choices.find("B001", "no_such_field")).isEmpty();
    }
}
