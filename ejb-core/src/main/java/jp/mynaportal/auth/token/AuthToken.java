package jp.mynaportal.auth.token;

import jakarta.json.Json;
import jakarta.json.JsonException;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonReaderFactory;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.io.StringReader;
import java.util.Map;
import jp.mynaportal.auth.LoginFailedException;
import jp.mynaportal.auth.LoginOutcome;

/**
 * A Web eID authentication token as sent, nothing checked yet but its shape:
 * {@code {"format":"web-eid:1.0","unverifiedCertificate":"<base64 DER>","algorithm":"RS256","signature":"<base64>"}}.
 *
 * @param format e.g. {@code web-eid:1.0}
 * @param unverifiedCertificate base64 of the DER authentication certificate, or null
 * @param algorithm JWS name of the signature algorithm, e.g. {@code RS256}
 * @param signature base64 of the signature over {@code H(origin) ‖ H(challenge)}, H the algorithm's hash
 */
public record AuthToken(String format, String unverifiedCertificate, String algorithm, String signature) {

    /** Shorter than any token with an RSA-2048 certificate and signature. */
    public static final int MIN_LENGTH = 100;
    /** Longer than any token with an RSA-4096 certificate and signature. */
    public static final int MAX_LENGTH = 10_000;

    /** Made once: looking the JSON provider up took most of the time of a parse. */
    private static final JsonReaderFactory READERS = Json.createReaderFactory(Map.of());

    /** Reads a token; refuses text of an impossible length and anything that is not a JSON object. */
    public static AuthToken parse(String json) {
        if (json == null || json.length() < MIN_LENGTH) {
            throw new LoginFailedException(LoginOutcome.TOKEN_MALFORMED, "token shorter than " + MIN_LENGTH);
        }
        if (json.length() > MAX_LENGTH) {
            throw new LoginFailedException(LoginOutcome.TOKEN_MALFORMED, "token longer than " + MAX_LENGTH);
        }
        JsonObject object;
        try (JsonReader reader = READERS.createReader(new StringReader(json))) {
            object = reader.readObject();
        } catch (JsonException | IllegalStateException e) {
            throw new LoginFailedException(LoginOutcome.TOKEN_MALFORMED, "token is not a JSON object", e);
        }
        return new AuthToken(
                string(object, "format"),
                string(object, "unverifiedCertificate"),
                string(object, "algorithm"),
                string(object, "signature"));
    }

    private static String string(JsonObject object, String name) {
        JsonValue value = object.get(name);
        if (value == null || value.getValueType() == JsonValue.ValueType.NULL) {
            return null;
        }
        if (value instanceof JsonString text) {
            return text.getString();
        }
        throw new LoginFailedException(LoginOutcome.TOKEN_MALFORMED, name + " is not a string");
    }
}
