package jp.mynaportal.application;

import java.io.Serializable;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
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
 * @param englishOptions the catalogue's English label of each option of a CHOICE field, by option;
 *     the option itself stays the value that is stored and signed, the label only changes what an
 *     English page shows; empty where there are none
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
        String englishLabel,
        Map<String, String> englishOptions)
        implements Serializable {

    /** Separator of the picked options of a multiple-choice field in its stored value. */
    public static final String MULTIPLE_SEPARATOR = "\n";

    public FieldSpec {
        options = List.copyOf(options);
        englishOptions = Map.copyOf(englishOptions);
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
        this(key, label, type, required, options, multiple, locked, labelKey, null, Map.of());
    }

    /** The same field with the given English label. */
    public FieldSpec withEnglishLabel(String english) {
        return new FieldSpec(key, label, type, required, options, multiple, locked, labelKey, english, englishOptions);
    }

    /** The same field with the given English labels of its options (by option). */
    public FieldSpec withEnglishOptions(Map<String, String> labels) {
        return new FieldSpec(key, label, type, required, options, multiple, locked, labelKey, englishLabel, labels);
    }

    /** The same field, locked or not. */
    public FieldSpec locked(boolean locked) {
        return new FieldSpec(
                key, label, type, required, options, multiple, locked, labelKey, englishLabel, englishOptions);
    }

    /** What an option reads in the language: its English label where there is one, else the option. */
    public String optionIn(String option, String language) {
        return "en".equals(language) ? englishOptions.getOrDefault(option, option) : option;
    }

    /**
     * A stored value as the language reads it: each picked option of a CHOICE field by its label in
     * the language (still joined by {@link #MULTIPLE_SEPARATOR}); any other value as it is.
     */
    public String valueIn(String value, String language) {
        if (value == null || englishOptions.isEmpty() || !"en".equals(language)) {
            return value;
        }
        return Arrays.stream(value.split(MULTIPLE_SEPARATOR, -1))
                .map(option -> optionIn(option, language))
                .collect(Collectors.joining(MULTIPLE_SEPARATOR));
    }

    /** The catalogue label in the language ({@code "en"} or {@code "ja"}): English where there is one. */
    public String labelIn(String language) {
        return "en".equals(language) && englishLabel != null ? englishLabel : label;
    }

    public boolean file() {
        return type == FormFieldType.FILE;
    }
}
