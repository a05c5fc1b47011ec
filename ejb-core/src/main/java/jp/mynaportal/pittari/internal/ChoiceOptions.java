package jp.mynaportal.pittari.internal;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The options of the CHOICE fields of the procedure templates, vendored in
 * {@code /pittari/form-choices.csv} ({@code template_id,field_key,multiple,options} with options
 * joined by {@code /}; template id {@code *} applies to every template), and their English labels
 * in {@code /pittari/form-choices-en.csv} ({@code template_id,field_key,options}, one label for
 * each option in the same order). The Japanese option is the value that is stored and signed; the
 * English label only changes what an English page shows.
 */
final class ChoiceOptions {

    static final String RESOURCE = "/pittari/form-choices.csv";
    static final String ENGLISH = "/pittari/form-choices-en.csv";
    private static final String HEADER = "template_id,field_key,multiple,options";
    private static final String ENGLISH_HEADER = "template_id,field_key,options";

    /**
     * The options of one field, whether several may be picked, and the English label of each
     * option (by option; empty where there are none).
     */
    record Choice(List<String> options, boolean multiple, Map<String, String> englishLabels) {

        Choice {
            options = List.copyOf(options);
            englishLabels = Map.copyOf(englishLabels);
        }
    }

    private final Map<String, Choice> byTemplateAndField;

    private ChoiceOptions(Map<String, Choice> byTemplateAndField) {
        this.byTemplateAndField = Map.copyOf(byTemplateAndField);
    }

    static ChoiceOptions load() {
        Map<String, List<String>> japanese = read(RESOURCE, HEADER, 4);
        Map<String, List<String>> english = read(ENGLISH, ENGLISH_HEADER, 3);
        Map<String, Choice> choices = new HashMap<>();
        japanese.forEach((key, columns) -> {
            List<String> options = options(columns.get(3));
            Map<String, String> labels = new LinkedHashMap<>();
            List<String> translated =
                    english.containsKey(key) ? options(english.remove(key).get(2)) : List.of();
            if (!translated.isEmpty() && translated.size() != options.size()) {
                throw new IllegalStateException(ENGLISH + ": " + key + " has " + translated.size() + " labels for "
                        + options.size() + " options");
            }
            for (int i = 0; i < translated.size(); i++) {
                labels.put(options.get(i), translated.get(i));
            }
            choices.put(key, new Choice(options, "Y".equals(columns.get(2)), labels));
        });
        if (!english.isEmpty()) {
            throw new IllegalStateException(ENGLISH + ": unknown fields " + english.keySet());
        }
        return new ChoiceOptions(choices);
    }

    /** The lines of a resource by {@code template_id/field_key}. */
    private static Map<String, List<String>> read(String resource, String header, int columns) {
        try (InputStream in = ChoiceOptions.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException(resource + " is missing from the class path");
            }
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            String first = reader.readLine();
            if (!header.equals(first)) {
                throw new IllegalStateException("Unexpected header of " + resource + ": " + first);
            }
            Map<String, List<String>> lines = new HashMap<>();
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                if (line.isBlank()) {
                    continue;
                }
                List<String> fields = Arrays.asList(line.split(",", -1));
                if (fields.size() != columns || lines.put(fields.get(0) + "/" + fields.get(1), fields) != null) {
                    throw new IllegalStateException("Bad line in " + resource + ": " + line);
                }
            }
            return lines;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static List<String> options(String joined) {
        return Arrays.stream(joined.split("/"))
                .map(String::strip)
                .filter(s -> !s.isEmpty())
                .toList();
    }

    /** The choice of a template's field, falling back to the entry for every template. */
    Optional<Choice> find(String templateId, String fieldKey) {
        Choice own = templateId == null ? null : byTemplateAndField.get(templateId + "/" + fieldKey);
        return Optional.ofNullable(own != null ? own : byTemplateAndField.get("*/" + fieldKey));
    }
}
