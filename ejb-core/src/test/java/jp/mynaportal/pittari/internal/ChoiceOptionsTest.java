package jp.mynaportal.pittari.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.stream.Stream;
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

    @Test
    void everyOptionHasAnEnglishLabelWhileTheOptionStaysTheStoredValue() {
        assertThat(choices.find("C001", "living_together")).hasValueSatisfying(c -> {
            assertThat(c.options()).containsExactly("同居", "別居（単身赴任等）");
            assertThat(c.englishLabels()).containsEntry("同居", "Living together");
        });
    }

    @Test
    void everyChoiceOfEveryTemplateReadsInEnglish() throws Exception {
        try (Stream<String> lines = new BufferedReader(new InputStreamReader(
                        ChoiceOptions.class.getResourceAsStream(ChoiceOptions.RESOURCE), StandardCharsets.UTF_8))
                .lines()) {
            lines.skip(1).filter(line -> !line.isBlank()).forEach(line -> {
                String[] columns = line.split(",");
                assertThat(choices.find(columns[0], columns[1]))
                        .hasValueSatisfying(c -> assertThat(c.englishLabels())
                                .as(line)
                                .containsOnlyKeys(c.options())
                                .allSatisfy((option, label) -> assertThat(label)
                                        .doesNotContainPattern("[\\p{IsHan}\\p{IsHiragana}\\p{IsKatakana}]")));
            });
        }
    }
}
