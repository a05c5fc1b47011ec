package jp.mynaportal.auth.web;

import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import jakarta.servlet.http.HttpServletRequest;
import java.util.Locale;
import java.util.ResourceBundle;
import jp.mynaportal.auth.LoginOutcome;
import jp.mynaportal.platform.web.JsonFactories;

/** The JSON answers of the token-login endpoints: the outcome and its message in the client's language. */
final class OutcomeJson {

    private static final String BUNDLE = "jp.mynaportal.platform.web.messages";

    private OutcomeJson() {}

    /** {@code {"result": "…", "message": "…"}}, Japanese unless the client asks for English. */
    static JsonObject of(LoginOutcome outcome, HttpServletRequest request) {
        String accepted = request.getHeader("Accept-Language");
        Locale locale = accepted != null && accepted.toLowerCase(Locale.ROOT).startsWith("en")
                ? Locale.ENGLISH
                : Locale.JAPANESE;
        return JsonFactories.BUILDERS
                .createObjectBuilder()
                .add("result", outcome.name())
                .add("message", ResourceBundle.getBundle(BUNDLE, locale).getString(outcome.messageKey()))
                .build();
    }

    /** The member {@code authToken} of a body if it is a JSON object, as JSON text; else null. */
    static String authToken(JsonObject body) {
        JsonValue token = body == null ? null : body.get("authToken");
        return token == null || token.getValueType() != JsonValue.ValueType.OBJECT ? null : token.toString();
    }

    /** A string member of a body, or null. */
    static String string(JsonObject body, String name) {
        return body != null && body.get(name) instanceof JsonString s ? s.getString() : null;
    }
}
