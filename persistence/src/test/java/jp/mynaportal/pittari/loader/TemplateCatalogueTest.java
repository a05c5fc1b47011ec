package jp.mynaportal.pittari.loader;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import jp.mynaportal.application.model.FormField;
import jp.mynaportal.pittari.model.ProcedureCategory;
import org.junit.jupiter.api.Test;

class TemplateCatalogueTest {

    @Test
    void vendorsAtLeastSixtyTemplates() {
        assertThat(TemplateCatalogue.load()).hasSizeGreaterThanOrEqualTo(60);
    }

    @Test
    void coversAllTwelveCategories() {
        Set<ProcedureCategory> categories = TemplateCatalogue.load().stream()
                .map(TemplateDefinition::category)
                .collect(Collectors.toCollection(() -> EnumSet.noneOf(ProcedureCategory.class)));

        assertThat(categories).containsExactlyInAnyOrder(ProcedureCategory.values());
    }

    @Test
    void readingsAreHiragana() {
        assertThat(TemplateCatalogue.load())
                .allSatisfy(t -> assertThat(t.text().reading()).matches("[\\p{IsHiragana}ー]+"));
    }

    @Test
    void expandsTheApplicantShorthandIntoFields() {
        List<FormField> fields = TemplateCatalogue.fields("X", "@APPLICANT;note|備考|TEXT|O");

        assertThat(fields)
                .extracting(FormField::key)
                .containsExactly(
                        "applicant_name",
                        "applicant_kana",
                        "applicant_birth_date",
                        "applicant_address",
                        "applicant_phone",
                        "note");
    }

    @Test
    void rejectsAFormFieldKeyUsedTwice() {
        assertThatThrownBy(() -> TemplateCatalogue.fields("X", "@CHILD;child_name|子|TEXT|R"))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void splitsQuotedCsvFields() {
        assertThat(TemplateCatalogue.splitCsv("a,\"b,c\",\"d\"\"e\",")).containsExactly("a", "b,c", "d\"e", "");
    }
}
