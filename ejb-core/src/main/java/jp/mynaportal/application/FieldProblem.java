package jp.mynaportal.application;

import java.io.Serializable;
import java.util.Locale;

/**
 * What is wrong with one field's value; the message beside the field is the bundle entry
 * {@link #messageKey()}.
 */
public record FieldProblem(String fieldKey, Code code) implements Serializable {

    /** The kinds of problems, each with a message {@code pittari.form.error.<name>}. */
    public enum Code {
        REQUIRED,
        TOO_LONG,
        CONTROL_CHARACTER,
        KANA,
        DATE,
        DATE_IN_FUTURE,
        NUMBER,
        CHOICE,
        PHONE,
        EMAIL,
        MY_NUMBER,
        ACCOUNT,
        FILE_REQUIRED,
        CHECKBOX_REQUIRED;

        public String messageKey() {
            return "pittari.form.error." + name().toLowerCase(Locale.ROOT);
        }
    }

    public String messageKey() {
        return code.messageKey();
    }
}
