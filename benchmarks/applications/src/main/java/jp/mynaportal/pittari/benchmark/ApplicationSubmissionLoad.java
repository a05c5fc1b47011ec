package jp.mynaportal.pittari.benchmark;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonReader;
import jakarta.json.JsonValue;
import java.io.StringReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.logging.Logger;
import jp.mynaportal.card.adapter.CardReadersManagedConnectionFactory;
import jp.mynaportal.card.api.CardReaders;
import jp.mynaportal.card.api.CardSession;
import jp.mynaportal.card.api.CertificateKind;
import jp.mynaportal.card.api.PinKind;
import jp.mynaportal.card.api.WebEidToken;
import jp.mynaportal.card.transport.VirtualReaderTransport;
import jp.mynaportal.application.signature.ApplicationSigner;
import jp.mynaportal.application.signature.DigestSigner;

/**
 * Signed applications submitted over HTTP by 16 concurrent clients, as a smartphone that holds
 * the card would send them. Each client logs in with a demo card (token login), then in rounds:
 * starts a draft of its own procedure, fills the form from {@code GET /api/pittari/applications/{id}},
 * attaches a PDF, fetches the data to sign and signs it with the card's sign key (all untimed);
 * then all 16 post {@code …/{id}/submission} at once, which the server verifies (CMS signature,
 * path to the sign CA, CRL, content, signer) and stores. Reports submissions/s over the timed
 * phases with p50 and p99 of the submission requests.
 * Arguments: portal URL, the portal's card folder, rounds (default 50).
 */
public final class ApplicationSubmissionLoad {

    private static final Logger LOG = Logger.getLogger(ApplicationSubmissionLoad.class.getName());
    private static final int CLIENTS = 16;
    private static final String MUNICIPALITY = "131016";
    private static final String[][] CARDS = {
        {"hanako", "1234", "HANAKO2025"},
        {"taro", "2345", "TARO1972"},
        {"yuki", "3456", "YUKI2001"},
        {"ken", "4567", "KEN1990"}
    };
    private static final byte[] PDF =
            "%PDF-1.4\n1 0 obj <<>> endobj\ntrailer <<>>\n%%EOF\n".getBytes(StandardCharsets.US_ASCII);

    private final String portal;
    private final HttpClient http =
            HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private final CardReaders readers;
    private final java.util.Map<String, Object> cardLocks = new java.util.concurrent.ConcurrentHashMap<>();

    private ApplicationSubmissionLoad(String portal, Path cards) {
        this.portal = portal;
        this.readers = (CardReaders)
                new CardReadersManagedConnectionFactory(new VirtualReaderTransport(cards), Duration.ofSeconds(30))
                        .createConnectionFactory();
    }

    public static void main(String[] args) throws Exception {
        String portal = args.length > 0 ? args[0] : "http://localhost:8080";
        Path cards = Path.of(args.length > 1 ? args[1] : "data/cards");
        int rounds = args.length > 2 ? Integer.parseInt(args[2]) : 50;
        new ApplicationSubmissionLoad(portal, cards).run(rounds);
    }

    private void run(int rounds) throws Exception {
        List<Long> procedures = signedProcedures();
        if (procedures.size() < CLIENTS) {
            throw new IllegalStateException(
                    "Only " + procedures.size() + " online procedures with a signature in " + MUNICIPALITY);
        }
        long[] latencies = new long[rounds * CLIENTS];
        AtomicInteger failures = new AtomicInteger();
        AtomicLong timedNanos = new AtomicLong();
        long[] phaseStart = new long[1];
        CyclicBarrier ready = new CyclicBarrier(CLIENTS, () -> phaseStart[0] = System.nanoTime());
        CyclicBarrier done = new CyclicBarrier(CLIENTS, () -> timedNanos.addAndGet(System.nanoTime() - phaseStart[0]));
        ExecutorService pool = Executors.newFixedThreadPool(CLIENTS);
        List<Future<?>> clients = new ArrayList<>();
        for (int c = 0; c < CLIENTS; c++) {
            int client = c;
            clients.add(pool.submit(() -> {
                try {
                    return submitRounds(client, rounds, procedures, latencies, failures, ready, done);
                } catch (Exception e) {
                    if (!(e instanceof java.util.concurrent.BrokenBarrierException)) {
                        LOG.severe(() -> "Client " + client + " failed: " + e);
                    }
                    ready.reset();
                    done.reset();
                    throw e;
                }
            }));
        }
        try {
            for (Future<?> client : clients) {
                client.get();
            }
        } finally {
            pool.shutdownNow();
        }
        Arrays.sort(latencies);
        int count = latencies.length;
        LOG.info(String.format(
                Locale.ROOT,
                "%d signed applications, %d clients, %d refused: %.0f submissions/s, p50 %.1f ms, p99 %.1f ms",
                count,
                CLIENTS,
                failures.get(),
                count / (timedNanos.get() / 1e9),
                latencies[count / 2] / 1e6,
                latencies[(int) (count * 0.99)] / 1e6));
    }

    private Void submitRounds(
            int client,
            int rounds,
            List<Long> procedures,
            long[] latencies,
            AtomicInteger failures,
            CyclicBarrier ready,
            CyclicBarrier done)
            throws Exception {
        String[] card = CARDS[client % CARDS.length];
        String cookie = logIn(card[0], card[1]);
        for (int round = 0; round < rounds; round++) {
            Prepared prepared = prepare(cookie, procedures.get(client), card[0], card[2]);
            ready.await();
            long sent = System.nanoTime();
            HttpResponse<String> response = http.send(
                    request(cookie, "/api/pittari/applications/" + prepared.id() + "/submission")
                            .POST(HttpRequest.BodyPublishers.ofString(prepared.body()))
                            .build(),
                    HttpResponse.BodyHandlers.ofString());
            latencies[round * CLIENTS + client] = System.nanoTime() - sent;
            if (response.statusCode() != 200 || response.body().contains("\"repeated\":true")) {
                failures.incrementAndGet();
                LOG.warning(() -> "Submission refused: " + response.statusCode() + " " + response.body());
            }
            done.await();
        }
        return null;
    }

    private record Prepared(long id, String body) {}

    /** A filled draft with its attachment and the client's signature over it. */
    private Prepared prepare(String cookie, long procedure, String cardId, String signingPassword) throws Exception {
        JsonObject started = json(send(
                cookie,
                "/api/pittari/applications",
                "POST",
                Json.createObjectBuilder().add("procedureId", procedure).build().toString()));
        long id = started.getJsonNumber("id").longValue();
        JsonObject form = json(send(cookie, "/api/pittari/applications/" + id, "GET", null));
        JsonObjectBuilder values = Json.createObjectBuilder();
        for (JsonValue value : form.getJsonArray("fields")) {
            JsonObject field = value.asJsonObject();
            String type = field.getString("type");
            if ("FILE".equals(type)) {
                HttpResponse<String> attached = http.send(
                        request(cookie, "/api/pittari/applications/" + id + "/attachments/" + field.getString("key"))
                                .setHeader("Content-Type", "application/pdf")
                                .header("X-File-Name", "proof.pdf")
                                .POST(HttpRequest.BodyPublishers.ofByteArray(PDF))
                                .build(),
                        HttpResponse.BodyHandlers.ofString());
                check(attached);
            } else if (!field.getBoolean("locked")) {
                JsonArray options = field.getJsonArray("options");
                values.add(
                        field.getString("key"),
                        switch (type) {
                            case "KANA" -> "てすと たろう";
                            case "DATE" -> "2020-04-01";
                            case "NUMBER" -> "2";
                            case "CHOICE" -> options.getString(0);
                            case "PHONE" -> "03-1234-5678";
                            case "EMAIL" -> "load@example.jp";
                            case "MY_NUMBER" -> "123456789018";
                            case "ACCOUNT" -> "1234567";
                            case "CHECKBOX" -> "true";
                            default -> "負荷試験の記入";
                        });
            }
        }
        JsonObject saved = json(send(
                cookie,
                "/api/pittari/applications/" + id + "/values",
                "PUT",
                Json.createObjectBuilder().add("values", values).build().toString()));
        if (!saved.getJsonArray("problems").isEmpty()) {
            throw new IllegalStateException("The form still has problems: " + saved);
        }
        byte[] content = Base64.getDecoder()
                .decode(json(send(cookie, "/api/pittari/applications/" + id + "/signed-data", "GET", null))
                        .getString("content"));
        byte[] cms;
        synchronized (lockOf(cardId)) {
            cms = sign(content, cardId, signingPassword);
        }
        return new Prepared(
                id,
                Json.createObjectBuilder()
                        .add("signature", Base64.getEncoder().encodeToString(cms))
                        .build()
                        .toString());
    }

    /** One card serves one session at a time, as a real card in its reader. */
    private Object lockOf(String cardId) {
        return cardLocks.computeIfAbsent(cardId, k -> new Object());
    }

    private byte[] sign(byte[] content, String cardId, String signingPassword) {
        byte[] cms;
        try (CardSession card = readers.open(VirtualReaderTransport.READER_PREFIX + cardId)) {
            if (!card.verifyPin(PinKind.SIGN, signingPassword.toCharArray()).isOk()) {
                throw new IllegalStateException("The demo signing password of " + cardId + " was refused");
            }
            cms = new ApplicationSigner(Clock.systemUTC())
                    .sign(content, card.readCertificate(CertificateKind.SIGN), DigestSigner.signingKeyOf(card));
        }
        return cms;
    }

    /** The online procedures of 千代田区 that need the signature. */
    private List<Long> signedProcedures() throws Exception {
        HttpResponse<String> response = http.send(
                HttpRequest.newBuilder(URI.create(portal + "/api/pittari/procedures?lg=" + MUNICIPALITY))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        check(response);
        List<Long> ids = new ArrayList<>();
        try (JsonReader reader = Json.createReader(new StringReader(response.body()))) {
            for (JsonValue value : reader.readArray()) {
                JsonObject p = value.asJsonObject();
                if (p.getBoolean("online") && p.getBoolean("signatureRequired")) {
                    ids.add(p.getJsonNumber("id").longValue());
                }
            }
        }
        return ids;
    }

    /** A token login with a demo card, registering the resident the first time; returns the session cookie. */
    private String logIn(String cardId, String pin) throws Exception {
        HttpResponse<String> challenge = http.send(
                HttpRequest.newBuilder(URI.create(portal + "/api/auth/challenge"))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        check(challenge);
        String cookie =
                challenge.headers().firstValue("Set-Cookie").orElseThrow().split(";", 2)[0];
        String nonce = json(challenge).getString("challenge");
        String token;
        synchronized (lockOf(cardId)) {
            token = token(cardId, pin, nonce);
        }
        HttpResponse<String> login = http.send(
                request(cookie, "/api/auth/token")
                        .POST(HttpRequest.BodyPublishers.ofString(
                                "{\"challenge\":\"" + nonce + "\",\"authToken\":" + token + "}"))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        check(login);
        String session = login.headers()
                .firstValue("Set-Cookie")
                .map(c -> c.split(";", 2)[0])
                .orElse(cookie);
        if (json(login).getBoolean("registered")) {
            return session;
        }
        // 利用者登録 first: the applications API serves registered residents only
        HttpResponse<String> registered = http.send(
                request(session, "/api/account/registration")
                        .POST(HttpRequest.BodyPublishers.ofString(
                                "{\"termsAccepted\":true,\"nickname\":\"" + cardId + "\"}"))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        if (registered.statusCode() == 409) {
            return session;
        }
        check(registered);
        return registered
                .headers()
                .firstValue("Set-Cookie")
                .map(c -> c.split(";", 2)[0])
                .orElse(session);
    }

    private String token(String cardId, String pin, String nonce) throws Exception {
        String token;
        try (CardSession card = readers.open(VirtualReaderTransport.READER_PREFIX + cardId)) {
            if (!card.verifyPin(PinKind.AUTH, pin.toCharArray()).isOk()) {
                throw new IllegalStateException("The demo password of " + cardId + " was refused");
            }
            token = WebEidToken.create(card, portal, nonce);
        }
        return token;
    }

    private HttpRequest.Builder request(String cookie, String path) {
        return HttpRequest.newBuilder(URI.create(portal + path))
                .header("Cookie", cookie)
                .header("Content-Type", "application/json")
                .timeout(Duration.ofSeconds(60));
    }

    private HttpResponse<String> send(String cookie, String path, String method, String body) throws Exception {
        HttpResponse<String> response = http.send(
                request(cookie, path)
                        .method(
                                method,
                                body == null
                                        ? HttpRequest.BodyPublishers.noBody()
                                        : HttpRequest.BodyPublishers.ofString(body))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        check(response);
        return response;
    }

    private static void check(HttpResponse<String> response) {
        if (response.statusCode() / 100 != 2) {
            throw new IllegalStateException(response.request().method() + " "
                    + response.request().uri() + " answered " + response.statusCode() + ": " + response.body());
        }
    }

    private static JsonObject json(HttpResponse<String> response) {
        try (JsonReader reader = Json.createReader(new StringReader(response.body()))) {
            return reader.readObject();
        }
    }
}
