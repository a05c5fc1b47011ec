package jp.mynaportal.pittari.internal;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The options of the CHOICE fields of the procedure templates, vendored in
 * {@code /pittari/form-choices.csv} ({@code template_id,field_key,multiple,options} with options
 * joined by {@code /}; template id {@code *} applies to every template).
 */
final class ChoiceOptions {

    static final String RESOURCE = "/pittari/form-choices.csv";
    private static final String HEADER = "template_id,field_key,multiple,options";

    /** The options of one field and whether several may be picked. */
    record Choice(List<String> options, boolean multiple) {}

    private final Map<String, Choice> byTemplateAndField;

    private ChoiceOptions(Map<String, Choice> byTemplateAndField) {
        this.byTemplateAndField = Map.copyOf(byTemplateAndField);
    }

    static ChoiceOptions load() {
        try (InputStream in = ChoiceOptions.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException(RESOURCE + " is missing from the class path");
            }
            return parse(new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8)));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static ChoiceOptions parse(BufferedReader reader) throws IOException {
        String header = reader.readLine();
        if (!HEADER.equals(header)) {
            throw new IllegalStateException("Unexpected header of " + RESOURCE + ": " + header);
        }
        Map<String, Choice> choices = new HashMap<>();
        String line;
        while ((line = reader.readLine()) != null) {
            if (line.isBlank()) {
                continue;
            }
            String[] columns = line.split(",", -1);
            if (columns.length != 4) {
                throw new IllegalStateException("Bad line in " + RESOURCE + ": " + line);
            }
            List<String> options = Arrays.stream(columns[3].split("/"))
                    .map(String::strip)
                    .filter(s -> !s.isEmpty())
                    .toList();
            choices.put(columns[0] + "/" + columns[1], new Choice(options, "Y".equals(columns[2])));
        }
        return new ChoiceOptions(choices);
    }

    /** The choice of a template's field, falling back to the entry for every template. */
    Optional<Choice> find(String templateId, String fieldKey) {
        Choice own = templateId == null ? null : byTemplateAndField.get(templateId + "/" + fieldKey);
        return Optional.ofNullable(own != null ? own : byTemplateAndField.get("*/" + fieldKey));
    }
}
