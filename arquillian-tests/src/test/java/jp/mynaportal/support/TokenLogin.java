package jp.mynaportal.support;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import java.io.StringReader;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.StringJoiner;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import jp.mynaportal.card.adapter.CardReadersManagedConnectionFactory;
import jp.mynaportal.card.api.CardReaders;
import jp.mynaportal.card.api.CardSession;
import jp.mynaportal.card.api.PinKind;
import jp.mynaportal.card.api.WebEidToken;
import jp.mynaportal.card.transport.VirtualReaderTransport;

/**
 * A client that holds a demo card (in {@code data/cards}) and logs in over HTTP as a phone app
 * does: fetches a challenge, has the card sign {@code H(origin) ‖ H(challenge)} and posts the Web
 * eID token. The origin is the portal's default ({@code http://localhost:8080}), whatever port the
 * test server has.
 */
public final class TokenLogin {

    private static final String ORIGIN = "http://localhost:8080";

    private final String portal;
    private final HttpClient http =
            HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private final CardReaders readers;
    private final Map<String, String> headers;

    /** Logs in to a portal whose demo cards are in {@code data/cards} of the working folder (Payara Micro in tests). */
    public TokenLogin(String portal) {
        this(portal, Path.of("data", "cards"));
    }

    /** Logs in to a portal whose demo cards are in another folder. */
    public TokenLogin(String portal, Path cardFolder) {
        this(portal, cardFolder, Map.of());
    }

    /**
     * Logs in to a portal whose demo cards are in another folder, with these headers on every
     * request (e.g. the scheme header of a TLS-terminating proxy).
     */
    public TokenLogin(String portal, Path cardFolder, Map<String, String> headers) {
        this.portal = portal.replaceAll("/$", "");
        this.headers = Map.copyOf(headers);
        this.readers = (CardReaders)
                new CardReadersManagedConnectionFactory(new VirtualReaderTransport(cardFolder), Duration.ofSeconds(30))
                        .createConnectionFactory();
    }

    /** The card readers of the demo cards, for tests that sign with them too. */
    public CardReaders readers() {
        return readers;
    }

    /**
     * Logs in with a card and its 4-digit password.
     *
     * @return the session cookie ({@code name=value})
     * @throws IllegalStateException if the portal refuses the login
     */
    public String logIn(String cardId, String pin) throws Exception {
        HttpResponse<String> challenge =
                http.send(request("/api/auth/challenge").build(), HttpResponse.BodyHandlers.ofString());
        String cookie =
                challenge.headers().firstValue("Set-Cookie").orElseThrow().split(";", 2)[0];
        String nonce;
        try (JsonReader reader = Json.createReader(new StringReader(challenge.body()))) {
            nonce = reader.readObject().getString("challenge");
        }
        String token;
        try (CardSession card = readers.open(VirtualReaderTransport.READER_PREFIX + cardId)) {
            if (!card.verifyPin(PinKind.AUTH, pin.toCharArray()).isOk()) {
                throw new IllegalStateException("The card " + cardId + " refused its password");
            }
            token = WebEidToken.create(card, ORIGIN, nonce);
        }
        HttpResponse<String> login = http.send(
                request("/api/auth/token")
                        .header("Content-Type", "application/json")
                        .header("Cookie", cookie)
                        .POST(HttpRequest.BodyPublishers.ofString(
                                "{\"challenge\":\"" + nonce + "\",\"authToken\":" + token + "}"))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        if (login.statusCode() != 200) {
            throw new IllegalStateException("Login refused: " + login.statusCode() + " " + login.body());
        }
        return login.headers()
                .firstValue("Set-Cookie")
                .map(c -> c.split(";", 2)[0])
                .orElse(cookie);
    }

    /**
     * Logs in with a card and its password and finishes 利用者登録 over REST if the card holder has
     * not yet.
     *
     * @return the session cookie after the registration ({@code name=value})
     */
    public String logInRegistered(String cardId, String pin, String nickname) throws Exception {
        String cookie = logIn(cardId, pin);
        HttpResponse<String> registered = http.send(
                request("/api/account/registration")
                        .header("Content-Type", "application/json")
                        .header("Cookie", cookie)
                        .POST(HttpRequest.BodyPublishers.ofString(
                                "{\"termsAccepted\":true,\"nickname\":\"" + nickname + "\"}"))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        if (registered.statusCode() == 409) {
            return cookie;
        }
        if (registered.statusCode() != 200) {
            throw new IllegalStateException(
                    "Registration refused: " + registered.statusCode() + " " + registered.body());
        }
        return registered
                .headers()
                .firstValue("Set-Cookie")
                .map(c -> c.split(";", 2)[0])
                .orElse(cookie);
    }

    /**
     * Logs in with a card whose holder has no 利用者登録 then, whatever ran before: a registration
     * the holder has (another test made it) is deleted first with 利用者登録の削除 on its page
     * ({@code /account/change.xhtml}: 「利用者登録を削除する」, then 「削除する」), as the holder would.
     * A test that must meet 利用者登録 calls it instead of relying on running before the others.
     *
     * @return the session cookie of the card holder before 利用者登録 ({@code name=value})
     */
    public String logInUnregistered(String cardId, String pin) throws Exception {
        String cookie = logIn(cardId, pin);
        HttpResponse<String> change = page("GET", "/account/change.xhtml", cookie, null);
        if (change.statusCode() == 302
                && change.headers().firstValue("Location").orElse("").contains("/account/register.xhtml")) {
            return cookie;
        }
        HttpResponse<String> asked = pressOnPage(change, "change", "change:ask-delete", cookie);
        HttpResponse<String> deleted = pressOnPage(asked, "change", "change:delete", cookie);
        if (deleted.statusCode() != 302
                || !deleted.headers().firstValue("Location").orElse("").contains("/account/deleted.xhtml")) {
            throw new IllegalStateException("利用者登録の削除 did not end on its page: " + deleted.statusCode() + " "
                    + deleted.headers().firstValue("Location").orElse(deleted.body()));
        }
        return logIn(cardId, pin);
    }

    private static final Pattern INPUT = Pattern.compile("<input\\b([^>]*)>");
    private static final Pattern ATTRIBUTE = Pattern.compile("\\b([a-zA-Z.:-]+)=\"([^\"]*)\"");

    /** Posts the Faces form {@code formId} of a page as the button {@code button} sends it (its hidden fields only). */
    private HttpResponse<String> pressOnPage(HttpResponse<String> shown, String formId, String button, String cookie)
            throws Exception {
        if (shown.statusCode() != 200) {
            throw new IllegalStateException(
                    "No form " + formId + " to send: " + shown.statusCode() + " for " + shown.uri());
        }
        Matcher form = Pattern.compile(
                        "<form\\b[^>]*\\bid=\"" + Pattern.quote(formId) + "\"([^>]*)>(.*?)</form>", Pattern.DOTALL)
                .matcher(shown.body());
        if (!form.find()) {
            throw new IllegalStateException("No form " + formId + " on " + shown.uri());
        }
        StringJoiner body = new StringJoiner("&");
        Matcher input = INPUT.matcher(form.group(2));
        while (input.find()) {
            Map<String, String> attributes = new java.util.HashMap<>();
            Matcher attribute = ATTRIBUTE.matcher(input.group(1));
            while (attribute.find()) {
                attributes.put(attribute.group(1), attribute.group(2).replace("&amp;", "&"));
            }
            if ("hidden".equals(attributes.get("type")) && attributes.containsKey("name")) {
                body.add(encode(attributes.get("name")) + "=" + encode(attributes.getOrDefault("value", "")));
            }
        }
        body.add(encode(button) + "=" + encode(button));
        String action = attributeOf(form.group(0), "action");
        return page("POST", action == null ? shown.uri().getPath() : action, cookie, body.toString());
    }

    private static String attributeOf(String tag, String name) {
        Matcher attribute = ATTRIBUTE.matcher(tag.substring(0, tag.indexOf('>')));
        while (attribute.find()) {
            if (attribute.group(1).equals(name)) {
                return attribute.group(2).replace("&amp;", "&");
            }
        }
        return null;
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

    /** A page request of the session, redirects not followed; {@code form} is a form body for a POST. */
    private HttpResponse<String> page(String method, String path, String cookie, String form) throws Exception {
        HttpRequest.Builder request = request(path).header("Cookie", cookie);
        if (form == null) {
            request.GET();
        } else {
            request.header("Content-Type", "application/x-www-form-urlencoded")
                    .POST(HttpRequest.BodyPublishers.ofString(form));
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private HttpRequest.Builder request(String path) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(portal + path));
        headers.forEach(request::header);
        return request;
    }

    /** The body of a JSON response as an object. */
    public static JsonObject json(HttpResponse<String> response) {
        try (JsonReader reader = Json.createReader(new StringReader(response.body()))) {
            return reader.readObject();
        }
    }
}
