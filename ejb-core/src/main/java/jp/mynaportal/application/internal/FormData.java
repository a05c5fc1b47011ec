package jp.mynaportal.application.internal;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonReader;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.io.StringReader;
import java.util.Map;
import java.util.TreeMap;

/** Form values as stored: a JSON object of strings with its keys in order, the same text for the same values. */
final class FormData {

    private FormData() {}

    static String write(Map<String, String> values) {
        JsonObjectBuilder json = Json.createObjectBuilder();
        new TreeMap<>(values).forEach((key, value) -> {
            if (value != null) {
                json.add(key, value);
            }
        });
        return json.build().toString();
    }

    static Map<String, String> read(String text) {
        Map<String, String> values = new TreeMap<>();
        try (JsonReader reader = Json.createReader(new StringReader(text))) {
            JsonObject object = reader.readObject();
            for (Map.Entry<String, JsonValue> entry : object.entrySet()) {
                if (entry.getValue() instanceof JsonString string) {
                    values.put(entry.getKey(), string.getString());
                }
            }
        }
        return values;
    }
}
