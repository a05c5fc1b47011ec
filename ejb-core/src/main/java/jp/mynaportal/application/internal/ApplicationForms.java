package jp.mynaportal.application.internal;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Pattern;
import jp.mynaportal.account.model.Resident;
import jp.mynaportal.application.FieldSpec;
import jp.mynaportal.application.ProcedureDefinition;
import jp.mynaportal.application.model.FormFieldType;
import jp.mynaportal.platform.InputText;

/**
 * The application form of a procedure: the fields its function's catalogue defines, then the
 * declaration every application ends with; and the applicant's details from the
 * resident record. Name and birth date are the registered facts the signature vouches for, so
 * they are fixed; the address may differ (e.g. a recent move) and stays changeable.
 */
final class ApplicationForms {

    /** Key of the declaration checkbox added to every form. */
    static final String DECLARATION = "declaration";

    private static final String DECLARATION_LABEL_KEY = "pittari.form.declaration";

    private static final Set<String> LOCKED = Set.of("applicant_name", "applicant_birth_date");

    /** Hyphen, dashes, minus and the long vowel mark that residents type between digits. */
    private static final Pattern DASHES = Pattern.compile("[\\u2010-\\u2015\\u2212\\u30FC\\uFF70]");

    private ApplicationForms() {}

    /**
     * The form of a procedure: its function's fields, those the resident record fills locked,
     * then the declaration.
     */
    static List<FieldSpec> fields(ProcedureDefinition procedure) {
        List<FieldSpec> fields = new ArrayList<>();
        for (FieldSpec field : procedure.fields()) {
            fields.add(LOCKED.contains(field.key()) ? field.locked(true) : field);
        }
        fields.add(new FieldSpec(
                DECLARATION, "", FormFieldType.CHECKBOX, true, List.of(), false, false, DECLARATION_LABEL_KEY));
        return fields;
    }

    /** The values a new draft starts with: the applicant's details the resident record holds. */
    static Map<String, String> prefilled(List<FieldSpec> fields, Resident resident) {
        Map<String, String> values = new TreeMap<>();
        for (FieldSpec field : fields) {
            String value = switch (field.key()) {
                case "applicant_name" -> resident.getFullName();
                case "applicant_birth_date" ->
                    resident.getBirthDate() == null
                            ? null
                            : resident.getBirthDate().toString();
                case "applicant_address" -> resident.getAddress();
                default -> null;
            };
            if (value != null) {
                values.put(field.key(), value);
            }
        }
        return values;
    }

    /**
     * The values to store from what the form sent: only the form's own fields, fixed fields
     * always from the resident record, text trimmed of surrounding blanks and in Unicode NFC.
     */
    static Map<String, String> accepted(List<FieldSpec> fields, Map<String, String> sent, Resident resident) {
        Map<String, String> fixed = prefilled(fields, resident);
        Map<String, String> values = new TreeMap<>();
        for (FieldSpec field : fields) {
            if (field.file()) {
                continue;
            }
            String value = field.locked() ? fixed.get(field.key()) : sent.get(field.key());
            if (value != null && !value.isBlank()) {
                values.put(
                        field.key(),
                        field.locked() ? value.strip() : normalised(field.type(), InputText.normalize(value.strip())));
            }
        }
        return values;
    }

    /**
     * The values that may be stored: a value that is not acceptable as text at all (longer than any
     * field takes, control characters other than the line breaks between choices, broken surrogates) is not stored; the field keeps what was
     * stored before, and the problem is reported beside it.
     */
    static Map<String, String> storable(Map<String, String> accepted, Map<String, String> before) {
        Map<String, String> values = new TreeMap<>();
        accepted.forEach((key, value) -> {
            if (InputText.problem(value, FormValidator.MAX_TEXT, true) == null) {
                values.put(key, value);
            } else if (before.get(key) != null) {
                values.put(key, before.get(key));
            }
        });
        return values;
    }

    /**
     * A value as it is stored: digits, hyphens and the letters of phone numbers, numbers, account
     * numbers, individual numbers, dates and e-mail addresses in their half-width form (NFKC, and
     * the dashes residents type for a hyphen as one), so that 「０３－１２３４－５６７８」 is
     * stored, checked and shown as 03-1234-5678. Other text stays as typed.
     */
    static String normalised(FormFieldType type, String value) {
        return switch (type) {
            case PHONE, NUMBER, ACCOUNT, MY_NUMBER, DATE, EMAIL ->
                DASHES.matcher(Normalizer.normalize(value, Normalizer.Form.NFKC))
                        .replaceAll("-");
            default -> value;
        };
    }
}
