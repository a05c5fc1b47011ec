package jp.mynaportal.application.internal;

import java.text.Normalizer;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import jp.mynaportal.application.FieldProblem;
import jp.mynaportal.application.FieldProblem.Code;
import jp.mynaportal.application.FieldSpec;
import jp.mynaportal.application.model.FormFieldType;
import jp.mynaportal.platform.InputText;

/**
 * Checks an application's values against its form: required fields and files, and the format of
 * each kind (dates, numbers, kana, telephone numbers, e-mail, My Number with its check digit,
 * account numbers, choices). Full-width digits count as digits; lengths are counted in characters
 * (code points), and control characters or broken surrogates are refused ({@link InputText}).
 */
final class FormValidator {

    static final int MAX_TEXT = 200;
    private static final int MAX_NUMBER_DIGITS = 9;

    private static final Pattern KANA = Pattern.compile("[\\p{IsHiragana}\\p{IsKatakana}ー・ 　]+");
    private static final Pattern DIGITS = Pattern.compile("[0-9]+");
    private static final Pattern PHONE = Pattern.compile("0[0-9]{1,4}-?[0-9]{1,4}-?[0-9]{3,4}");
    private static final Pattern EMAIL = Pattern.compile("[A-Za-z0-9._%+-]+@[A-Za-z0-9-]+(\\.[A-Za-z0-9-]+)+");
    private static final Pattern ACCOUNT = Pattern.compile("[0-9]{7}");
    private static final Set<String> PAST_DATES =
            Set.of("applicant_birth_date", "child_birth_date", "insured_birth_date");

    private FormValidator() {}

    /**
     * The problems of the values, in form order, one per field at most.
     *
     * @param attachedFields the FILE fields that have a file
     * @param today the date in Japan, for birth dates that cannot lie ahead
     */
    static List<FieldProblem> check(
            List<FieldSpec> fields, Map<String, String> values, Set<String> attachedFields, LocalDate today) {
        List<FieldProblem> problems = new ArrayList<>();
        for (FieldSpec field : fields) {
            Code code =
                    field.file() ? checkFile(field, attachedFields) : checkValue(field, values.get(field.key()), today);
            if (code != null) {
                problems.add(new FieldProblem(field.key(), code));
            }
        }
        return problems;
    }

    private static Code checkFile(FieldSpec field, Set<String> attachedFields) {
        return field.required() && !attachedFields.contains(field.key()) ? Code.FILE_REQUIRED : null;
    }

    private static Code checkValue(FieldSpec field, String raw, LocalDate today) {
        String value = raw == null ? "" : raw.strip();
        if (value.isEmpty()) {
            if (!field.required()) {
                return null;
            }
            return switch (field.type()) {
                case CHECKBOX -> Code.CHECKBOX_REQUIRED;
                default -> Code.REQUIRED;
            };
        }
        InputText.Problem text = InputText.problem(value, MAX_TEXT, field.type() == FormFieldType.CHOICE);
        if (text == InputText.Problem.TOO_LONG) {
            return Code.TOO_LONG;
        }
        if (text != null) {
            return Code.CONTROL_CHARACTER;
        }
        String ascii = Normalizer.normalize(value, Normalizer.Form.NFKC);
        return switch (field.type()) {
            case KANA -> KANA.matcher(value).matches() ? null : Code.KANA;
            case DATE -> checkDate(field, ascii, today);
            case NUMBER -> DIGITS.matcher(ascii).matches() && ascii.length() <= MAX_NUMBER_DIGITS ? null : Code.NUMBER;
            case PHONE ->
                PHONE.matcher(ascii).matches()
                                && ascii.replace("-", "").length() >= 10
                                && ascii.replace("-", "").length() <= 11
                        ? null
                        : Code.PHONE;
            case EMAIL -> EMAIL.matcher(ascii).matches() ? null : Code.EMAIL;
            case MY_NUMBER -> MyNumbers.valid(ascii) ? null : Code.MY_NUMBER;
            case ACCOUNT -> ACCOUNT.matcher(ascii).matches() ? null : Code.ACCOUNT;
            case CHOICE -> checkChoice(field, value);
            case CHECKBOX -> "true".equals(value) ? null : Code.CHECKBOX_REQUIRED;
            default -> null;
        };
    }

    private static Code checkDate(FieldSpec field, String value, LocalDate today) {
        try {
            LocalDate date = LocalDate.parse(value);
            if (PAST_DATES.contains(field.key()) && date.isAfter(today)) {
                return Code.DATE_IN_FUTURE;
            }
            return null;
        } catch (DateTimeParseException e) {
            return Code.DATE;
        }
    }

    private static Code checkChoice(FieldSpec field, String value) {
        List<String> picked = field.multiple()
                ? Arrays.stream(value.split(FieldSpec.MULTIPLE_SEPARATOR))
                        .map(String::strip)
                        .filter(s -> !s.isEmpty())
                        .toList()
                : List.of(value);
        if (picked.isEmpty() || (!field.multiple() && value.contains(FieldSpec.MULTIPLE_SEPARATOR))) {
            return Code.CHOICE;
        }
        return field.options().containsAll(picked) ? null : Code.CHOICE;
    }
}
