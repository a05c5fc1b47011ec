package jp.mynaportal.application;

import java.io.Serializable;
import java.util.List;
import jp.mynaportal.application.model.FormFieldType;

/**
 * One input of an application form as the screen shows it.
 *
 * @param options the choices of a CHOICE field, in display order; empty otherwise
 * @param multiple whether several choices may be picked (values are then joined by a line feed)
 * @param locked whether the value comes from the resident record and cannot be changed here
 * @param labelKey a message-bundle key for fields the portal adds itself (the declaration), shown
 *     instead of {@code label}; null for the procedure's own fields, whose labels are catalogue data
 * @param englishLabel the catalogue's English label of a procedure's own field; null where it has
 *     none (a municipality's own form, or a field the portal adds)
 */
public record FieldSpec(
        String key,
        String label,
        FormFieldType type,
        boolean required,
        List<String> options,
        boolean multiple,
        boolean locked,
        String labelKey,
        String englishLabel)
        implements Serializable {

    /** Separator of the picked options of a multiple-choice field in its stored value. */
    public static final String MULTIPLE_SEPARATOR = "\n";

    public FieldSpec {
        options = List.copyOf(options);
    }

    /** A field without an English label. */
    public FieldSpec(
            String key,
            String label,
            FormFieldType type,
            boolean required,
            List<String> options,
            boolean multiple,
            boolean locked,
            String labelKey) {
        this(key, label, type, required, options, multiple, locked, labelKey, null);
    }

    /** The same field with the given English label. */
    public FieldSpec withEnglishLabel(String english) {
        return new FieldSpec(key, label, type, required, options, multiple, locked, labelKey, english);
    }

    /** The catalogue label in the language ({@code "en"} or {@code "ja"}): English where there is one. */
    public String labelIn(String language) {
        return "en".equals(language) && englishLabel != null ? englishLabel : label;
    }

    public boolean file() {
        return type == FormFieldType.FILE;
    }
}
