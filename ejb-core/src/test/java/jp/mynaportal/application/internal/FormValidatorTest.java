package jp.mynaportal.application.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import jp.mynaportal.application.FieldProblem;
import jp.mynaportal.application.FieldProblem.Code;
import jp.mynaportal.application.FieldSpec;
import jp.mynaportal.application.model.FormFieldType;
import org.junit.jupiter.api.Test;

class FormValidatorTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 11, 28);

    private static FieldSpec field(String key, FormFieldType type, boolean required) {
        return new FieldSpec(key, key, type, required, List.of(), false, false, null);
    }

    private static List<FieldProblem> check(FieldSpec field, String value) {
        return FormValidator.check(
                List.of(field), value == null ? Map.of() : Map.of(field.key(), value), Set.of(), TODAY);
    }

    @Test
    void aMissingRequiredValueIsRequired() {
        assertThat(check(field("name", FormFieldType.TEXT, true), "  "))
                .containsExactly(new FieldProblem("name", Code.REQUIRED));
    }

    @Test
    void aMissingOptionalValueIsFine() {
        assertThat(check(field("email", FormFieldType.EMAIL, false), null)).isEmpty();
    }

    @Test
    void textLongerThan200CharactersIsTooLong() {
        assertThat(check(field("note", FormFieldType.TEXT, true), "あ".repeat(201)))
                .extracting(FieldProblem::code)
                .containsExactly(Code.TOO_LONG);
    }

    @Test
    void twoHundredEmojiAreNotTooLong() {
        assertThat(check(field("note", FormFieldType.TEXT, true), "😀".repeat(200)))
                .isEmpty();
    }

    @Test
    void aControlCharacterIsRefusedBesideTheField() {
        assertThat(check(field("note", FormFieldType.TEXT, true), "山田\u0000花子"))
                .containsExactly(new FieldProblem("note", Code.CONTROL_CHARACTER));
    }

    @Test
    void kanaAcceptsHiraganaKatakanaAndSpacesOnly() {
        FieldSpec kana = field("kana", FormFieldType.KANA, true);
        assertThat(check(kana, "やまだ　ハナコー")).isEmpty();
        assertThat(check(kana, "山田")).extracting(FieldProblem::code).containsExactly(Code.KANA);
    }

    @Test
    void aBirthDateCannotLieAhead() {
        FieldSpec birth = field("applicant_birth_date", FormFieldType.DATE, true);
        assertThat(check(birth, "2026-11-28")).isEmpty();
        assertThat(check(birth, "2026-11-29")).extracting(FieldProblem::code).containsExactly(Code.DATE_IN_FUTURE);
        assertThat(check(birth, "2026-02-30")).extracting(FieldProblem::code).containsExactly(Code.DATE);
    }

    @Test
    void fullWidthDigitsCountAsDigits() {
        assertThat(check(field("count", FormFieldType.NUMBER, true), "１２")).isEmpty();
        assertThat(check(field("account", FormFieldType.ACCOUNT, true), "１２３４５６７"))
                .isEmpty();
    }

    @Test
    void aPhoneNumberHasTenOrElevenDigitsFromItsAreaCode() {
        FieldSpec phone = field("phone", FormFieldType.PHONE, true);
        assertThat(check(phone, "03-1234-5678")).isEmpty();
        assertThat(check(phone, "090-1234-5678")).isEmpty();
        assertThat(check(phone, "12-34")).extracting(FieldProblem::code).containsExactly(Code.PHONE);
    }

    @Test
    void aMyNumberNeedsItsCheckDigit() {
        FieldSpec number = field("my_number", FormFieldType.MY_NUMBER, true);
        assertThat(check(number, "123456789018")).isEmpty();
        assertThat(check(number, "123456789019")).extracting(FieldProblem::code).containsExactly(Code.MY_NUMBER);
    }

    @Test
    void aChoiceMustBeOneOfItsOptionsAndSeveralOnlyWhereMultipleAreAllowed() {
        FieldSpec single =
                new FieldSpec("kind", "kind", FormFieldType.CHOICE, true, List.of("普通", "当座"), false, false, null);
        FieldSpec multiple =
                new FieldSpec("items", "items", FormFieldType.CHOICE, true, List.of("A", "B"), true, false, null);
        assertThat(check(single, "普通")).isEmpty();
        assertThat(check(single, "定期")).extracting(FieldProblem::code).containsExactly(Code.CHOICE);
        assertThat(check(single, "普通\n当座")).extracting(FieldProblem::code).containsExactly(Code.CHOICE);
        assertThat(check(multiple, "A\nB")).isEmpty();
    }

    @Test
    void aRequiredCheckboxMustBeTicked() {
        FieldSpec declaration = field("declaration", FormFieldType.CHECKBOX, true);
        assertThat(check(declaration, "")).extracting(FieldProblem::code).containsExactly(Code.CHECKBOX_REQUIRED);
        assertThat(check(declaration, "true")).isEmpty();
    }

    @Test
    void aRequiredFileMustBeAttached() {
        FieldSpec file = field("proof", FormFieldType.FILE, true);
        assertThat(FormValidator.check(List.of(file), Map.of(), Set.of(), TODAY))
                .containsExactly(new FieldProblem("proof", Code.FILE_REQUIRED));
        assertThat(FormValidator.check(List.of(file), Map.of(), Set.of("proof"), TODAY))
                .isEmpty();
    }
}
