package jp.mynaportal.pittari.loader;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import jp.mynaportal.application.model.FormField;
import jp.mynaportal.pittari.model.EnglishText;
import org.junit.jupiter.api.Test;

class EnglishCatalogueTest {

    private static final List<TemplateDefinition> TEMPLATES = TemplateCatalogue.load();
    private static final Map<String, EnglishText> ENGLISH = EnglishCatalogue.load(TEMPLATES);

    @Test
    void everyTemplateHasAnEnglishNameAndSummary() {
        assertThat(ENGLISH.keySet())
                .containsExactlyInAnyOrderElementsOf(
                        TEMPLATES.stream().map(TemplateDefinition::id).toList());
    }

    @Test
    void everyFormFieldOfEveryTemplateHasAnEnglishLabel() {
        for (TemplateDefinition template : TEMPLATES) {
            for (FormField field : template.text().typicalFields()) {
                assertThat(ENGLISH.get(template.id()).fieldLabel(field.key()))
                        .as(template.id() + " " + field.key())
                        .isNotBlank();
            }
        }
    }

    @Test
    void aTemplateLineOverridesTheLabelForAllTemplates() {
        assertThat(ENGLISH.get("P001").fieldLabel("interview_date")).isEqualTo("Preferred interview date");
        assertThat(ENGLISH.get("P003").fieldLabel("interview_date")).isEqualTo("Date of the interview");
    }

    @Test
    void englishTextsAreEnglish() {
        assertThat(ENGLISH.values())
                .allSatisfy(text -> assertThat(text.name() + text.summary())
                        .doesNotContainPattern("[\\p{IsHan}\\p{IsHiragana}\\p{IsKatakana}]"));
    }

    @Test
    void everyTemplateHasEnglishEligibilityDocumentsSubmitToAndFee() {
        assertThat(ENGLISH.values())
                .allSatisfy(
                        text -> assertThat(List.of(text.eligibility(), text.documents(), text.submitTo(), text.fee()))
                                .as(text.name())
                                .allSatisfy(detail -> assertThat(detail)
                                        .isNotBlank()
                                        .doesNotContainPattern("[\\p{IsHan}\\p{IsHiragana}\\p{IsKatakana}]")));
    }

    @Test
    void labelsSurviveTheirStoredForm() {
        Map<String, String> labels = ENGLISH.get("C001").fieldLabels();
        assertThat(EnglishText.parseLabels(EnglishText.formatLabels(labels))).isEqualTo(labels);
    }
}
