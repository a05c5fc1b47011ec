package jp.mynaportal.application.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import jp.mynaportal.application.FieldSpec;
import jp.mynaportal.application.ProcedureDefinition;
import jp.mynaportal.application.ProcedureRef;
import jp.mynaportal.application.model.FormFieldType;
import org.junit.jupiter.api.Test;

class ApplicationFormsTest {

    private static FieldSpec text(String key) {
        return new FieldSpec(key, key, FormFieldType.TEXT, true, List.of(), false, false, null);
    }

    private static ProcedureDefinition procedure(FieldSpec... fields) {
        return new ProcedureDefinition(
                new ProcedureRef("insurance", "registration"),
                "健康保険証利用申込",
                "131016",
                List.of(fields),
                false,
                true,
                null);
    }

    @Test
    void formOfAnyFunctionEndsWithTheDeclaration() {
        List<FieldSpec> fields = ApplicationForms.fields(procedure(text("insurer")));

        assertThat(fields).extracting(FieldSpec::key).containsExactly("insurer", ApplicationForms.DECLARATION);
    }

    @Test
    void nameAndBirthDateFromTheResidentRecordAreLocked() {
        List<FieldSpec> fields =
                ApplicationForms.fields(procedure(text("applicant_name"), text("applicant_birth_date"), text("note")));

        assertThat(fields.subList(0, 3)).extracting(FieldSpec::locked).containsExactly(true, true, false);
    }

    @Test
    void aValueTooLongForAnyFieldIsNotStoredAndTheFieldKeepsItsValue() {
        java.util.Map<String, String> stored = ApplicationForms.storable(
                java.util.Map.of("note", "あ".repeat(150_000), "city", "目黒区"), java.util.Map.of("note", "前の値"));
        assertThat(stored).containsExactlyInAnyOrderEntriesOf(java.util.Map.of("note", "前の値", "city", "目黒区"));
    }

    @Test
    void aValueWithAControlCharacterIsNotStored() {
        assertThat(ApplicationForms.storable(java.util.Map.of("note", "a\u0000b"), java.util.Map.of()))
                .isEmpty();
    }

    @Test
    void fullWidthDigitsAndDashesOfAPhoneNumberAreStoredHalfWidth() {
        assertThat(ApplicationForms.normalised(FormFieldType.PHONE, "０３－１２３４ー５６７８"))
                .isEqualTo("03-1234-5678");
    }

    @Test
    void fullWidthDigitsOfAnAmountAreStoredHalfWidth() {
        assertThat(ApplicationForms.normalised(FormFieldType.NUMBER, "１２０００")).isEqualTo("12000");
    }

    @Test
    void freeTextIsStoredAsTyped() {
        assertThat(ApplicationForms.normalised(FormFieldType.TEXT, "目黒区１－２")).isEqualTo("目黒区１－２");
    }
}
