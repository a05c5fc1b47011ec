package jp.mynaportal.application.model;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * One input of a procedure's application form: a stable key, the Japanese label, its kind and
 * whether it is required. Stored as {@code key|label|TYPE|R} (or {@code O}), joined by {@code ;}.
 */
public record FormField(String key, String label, FormFieldType type, boolean required) implements Serializable {

    private static final Pattern KEY = Pattern.compile("[a-z][a-z0-9_]*");

    public FormField {
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(label, "label");
        Objects.requireNonNull(type, "type");
        if (!KEY.matcher(key).matches()) {
            throw new IllegalArgumentException("Form field key must be lower snake case: " + key);
        }
        if (label.isBlank() || label.contains("|") || label.contains(";")) {
            throw new IllegalArgumentException("Form field label must be non-blank without | or ;: " + key);
        }
    }

    /** Reads the stored form of a list of fields; an empty text is an empty list. */
    public static List<FormField> parseAll(String text) {
        List<FormField> fields = new ArrayList<>();
        if (text == null || text.isBlank()) {
            return fields;
        }
        for (String part : text.split(";")) {
            String[] f = part.split("\\|", -1);
            if (f.length != 4 || !(f[3].equals("R") || f[3].equals("O"))) {
                throw new IllegalArgumentException("Form field must be key|label|TYPE|R or O: " + part);
            }
            fields.add(new FormField(f[0], f[1], FormFieldType.valueOf(f[2]), f[3].equals("R")));
        }
        return fields;
    }

    /** The stored form of a list of fields. */
    public static String formatAll(List<FormField> fields) {
        StringBuilder text = new StringBuilder();
        for (FormField field : fields) {
            if (text.length() > 0) {
                text.append(';');
            }
            text.append(field.key)
                    .append('|')
                    .append(field.label)
                    .append('|')
                    .append(field.type.name())
                    .append('|')
                    .append(field.required ? 'R' : 'O');
        }
        return text.toString();
    }
}
