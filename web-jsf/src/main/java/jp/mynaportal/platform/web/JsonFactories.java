package jp.mynaportal.platform.web;

import jakarta.json.Json;
import jakarta.json.JsonBuilderFactory;
import jakarta.json.JsonReaderFactory;
import java.util.Map;

/**
 * Readers and builders from one JSON provider, for the REST answers on hot paths: each {@code
 * Json.createReader} or {@code Json.createObjectBuilder()} looks the provider up through the class
 * loaders (a tenth of a token login's time; once per record of an agency's batch).
 */
public final class JsonFactories {

    public static final JsonReaderFactory READERS = Json.createReaderFactory(Map.of());

    public static final JsonBuilderFactory BUILDERS = Json.createBuilderFactory(Map.of());

    private JsonFactories() {}
}
