package jp.mynaportal.pittari.model;

import java.io.Serializable;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * The English texts of a national template: its name, its 概要, the labels of its form fields by
 * field key, and its 対象者, 必要書類, 提出先 (the department) and 手数料, each null where the
 * catalogue has none (the screen then shows the Japanese text, marked). Municipalities' own texts
 * have none; the screens show them in Japanese, marked.
 */
public record EnglishText(
        String name,
        String summary,
        Map<String, String> fieldLabels,
        String eligibility,
        String documents,
        String submitTo,
        String fee)
        implements Serializable {

    public EnglishText {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(summary, "summary");
        if (name.isBlank() || summary.isBlank()) {
            throw new IllegalArgumentException("English name and summary must not be blank");
        }
        fieldLabels = Map.copyOf(Objects.requireNonNull(fieldLabels, "fieldLabels"));
    }

    /** The name, 概要 and field labels only, without the details. */
    public EnglishText(String name, String summary, Map<String, String> fieldLabels) {
        this(name, summary, fieldLabels, null, null, null, null);
    }

    /** The English label of a form field, or null when the field has none. */
    public String fieldLabel(String key) {
        return fieldLabels.get(key);
    }

    /** Reads the stored labels, {@code key|label} joined by {@code ;}; null or blank is none. */
    public static Map<String, String> parseLabels(String text) {
        Map<String, String> labels = new LinkedHashMap<>();
        if (text == null || text.isBlank()) {
            return labels;
        }
        for (String part : text.split(";")) {
            String[] f = part.split("\\|", -1);
            if (f.length != 2) {
                throw new IllegalArgumentException("English field label must be key|label: " + part);
            }
            labels.put(f[0], f[1]);
        }
        return labels;
    }

    /** The stored form of the labels, in the given order. */
    public static String formatLabels(Map<String, String> labels) {
        StringBuilder text = new StringBuilder();
        labels.forEach((key, label) -> {
            if (label.contains("|") || label.contains(";")) {
                throw new IllegalArgumentException("English field label must not contain | or ;: " + key);
            }
            text.append(text.length() > 0 ? ";" : "").append(key).append('|').append(label);
        });
        return text.toString();
    }
}
