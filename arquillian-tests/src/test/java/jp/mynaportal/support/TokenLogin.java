package jp.mynaportal.support;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import java.io.StringReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
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
