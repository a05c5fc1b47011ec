package jp.mynaportal.pittari.loader;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import jp.mynaportal.application.model.FormField;
import jp.mynaportal.pittari.model.EnglishText;

/**
 * Reads the English texts of the vendored templates: names, 概要, 対象者, 必要書類,
 * 提出先 (the department) and 手数料 from {@code pittari/procedure-templates-en.csv}
 * ({@code id,name,summary,eligibility,documents,submit_to,fee}) and form-field labels from
 * {@code pittari/form-field-labels-en.csv} ({@code template_id,field_key,label}, where template id
 * {@code *} gives the label of that key in every template that has no line of its own).
 */
public final class EnglishCatalogue {

    public static final String TEXTS = "/pittari/procedure-templates-en.csv";
    public static final String LABELS = "/pittari/form-field-labels-en.csv";
    private static final String ANY_TEMPLATE = "*";

    private EnglishCatalogue() {}

    /** The English texts by template id, for the given templates; a template without a line has none. */
    public static Map<String, EnglishText> load(List<TemplateDefinition> templates) {
        Map<String, List<String>> texts = new HashMap<>();
        for (List<String> line : read(TEXTS, "id,name,summary,eligibility,documents,submit_to,fee", 7)) {
            if (texts.put(line.get(0), line) != null) {
                throw new IllegalArgumentException(TEXTS + ": template " + line.get(0) + " twice");
            }
        }
        Map<String, String> labels = new HashMap<>();
        for (List<String> line : read(LABELS, "template_id,field_key,label", 3)) {
            if (labels.put(line.get(0) + "/" + line.get(1), line.get(2)) != null) {
                throw new IllegalArgumentException(LABELS + ": " + line.get(0) + "/" + line.get(1) + " twice");
            }
        }
        Map<String, EnglishText> english = new LinkedHashMap<>();
        for (TemplateDefinition template : templates) {
            List<String> text = texts.remove(template.id());
            if (text == null) {
                continue;
            }
            Map<String, String> fieldLabels = new LinkedHashMap<>();
            for (FormField field : template.text().typicalFields()) {
                String label = labels.getOrDefault(
                        template.id() + "/" + field.key(), labels.get(ANY_TEMPLATE + "/" + field.key()));
                if (label != null) {
                    fieldLabels.put(field.key(), label);
                }
            }
            english.put(
                    template.id(),
                    new EnglishText(
                            text.get(1), text.get(2), fieldLabels, text.get(3), text.get(4), text.get(5), text.get(6)));
        }
        if (!texts.isEmpty()) {
            throw new IllegalArgumentException(TEXTS + ": unknown templates " + texts.keySet());
        }
        return english;
    }

    private static List<List<String>> read(String resource, String header, int columns) {
        try (InputStream in = EnglishCatalogue.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IOException("Missing " + resource);
            }
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            if (!header.equals(reader.readLine())) {
                throw new IllegalArgumentException("Unexpected header of " + resource);
            }
            List<List<String>> lines = new ArrayList<>();
            int number = 1;
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                number++;
                if (line.isBlank()) {
                    continue;
                }
                List<String> fields = TemplateCatalogue.splitCsv(line);
                if (fields.size() != columns) {
                    throw new IllegalArgumentException(
                            resource + " line " + number + " has " + fields.size() + " columns");
                }
                lines.add(fields);
            }
            return lines;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
