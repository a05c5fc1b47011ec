package jp.mynaportal.selfinfo.benchmark;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import jp.mynaportal.agency.AgencyRequestSigner;
import jp.mynaportal.auth.token.TokenValidator;
import jp.mynaportal.card.adapter.CardReadersManagedConnectionFactory;
import jp.mynaportal.card.api.CardKey;
import jp.mynaportal.card.api.CardReaders;
import jp.mynaportal.card.api.CardSession;
import jp.mynaportal.card.api.CertificateKind;
import jp.mynaportal.card.api.PinKind;
import jp.mynaportal.card.transport.VirtualReaderTransport;

/**
 * The two HTTP phases of scripts/bench-selfinfo.sh against a running portal (docs/PERFORMANCE.md,
 * "あなたの情報"):
 *
 * <pre>
 * upload PORTAL AGENCY_DIR AGENCY_CODE LINK_CODES_FILE BATCHES BATCH_SIZE RUN
 * page   PORTAL CARDS_DIR ORIGIN PAGE_PATH REQUESTS WARMUP
 * </pre>
 *
 * {@code upload} sends BATCHES batches of new 予防接種 records signed as the agency, then the same
 * records again with one value changed (each a correction), one batch at a time, and prints
 * records/s. {@code page} logs 16 sessions in with the demo cards (token login), fetches the page
 * WARMUP times (not timed) and then REQUESTS times from 16 threads, each request timed; every answer
 * must be 200 with the results rendered.
 */
public final class SelfInfoLoad {

    private static final int CLIENTS = 16;
    private static final Pattern CHALLENGE = Pattern.compile("\"challenge\":\"([^\"]+)\"");
    private static final String[][] CARDS = {{"hanako", "1234"}, {"taro", "2345"}, {"yuki", "3456"}, {"ken", "4567"}};
    private static final String RESULTS_MARKER = "id=\"group-";

    private static final HttpClient HTTP =
            HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    private SelfInfoLoad() {}

    public static void main(String[] args) throws Exception {
        switch (args[0]) {
            case "upload" -> upload(
                    args[1],
                    Path.of(args[2]),
                    args[3],
                    Files.readAllLines(Path.of(args[4])),
                    Integer.parseInt(args[5]),
                    Integer.parseInt(args[6]),
                    args[7]);
            case "page" -> page(
                    args[1], Path.of(args[2]), args[3], args[4], Integer.parseInt(args[5]), Integer.parseInt(args[6]));
            default -> throw new IllegalArgumentException("upload or page");
        }
    }

    private static void upload(
            String portal, Path folder, String agency, List<String> links, int batches, int size, String run)
            throws Exception {
        AgencyRequestSigner signer = AgencyRequestSigner.fromFolder(agency, folder);
        for (int dose = 1; dose <= 2; dose++) {
            double[] rates = new double[batches];
            long total = 0;
            for (int b = 0; b < batches; b++) {
                StringBuilder body = new StringBuilder("{\"records\":[");
                for (int i = 0; i < size; i++) {
                    int n = b * size + i;
                    if (i > 0) {
                        body.append(',');
                    }
                    body.append("{\"recordId\":\"bench-")
                            .append(run)
                            .append('-')
                            .append(n)
                            .append("\",\"linkCode\":\"")
                            .append(links.get(n % links.size()).trim())
                            .append("\",\"item\":\"vaccination\",\"validFrom\":\"2024-10-01\",\"values\":{")
                            .append("\"vaccine\":\"インフルエンザ\",\"dose\":")
                            .append(dose)
                            .append(",\"vaccinatedOn\":\"2024-10-1")
                            .append(dose)
                            .append("\",\"place\":\"区内協力医療機関\"}}");
                }
                byte[] bytes = body.append("]}").toString().getBytes(StandardCharsets.UTF_8);
                String target = "/api/agency/selfinfo/records";
                long sent = System.nanoTime();
                HttpResponse<String> response = HTTP.send(
                        HttpRequest.newBuilder(URI.create(portal + target))
                                .header("Content-Type", "application/json")
                                .header("Authorization", AgencyRequestSigner.SCHEME + " " + signer.sign("PUT", target, bytes))
                                .PUT(HttpRequest.BodyPublishers.ofByteArray(bytes))
                                .timeout(Duration.ofMinutes(2))
                                .build(),
                        HttpResponse.BodyHandlers.ofString());
                long took = System.nanoTime() - sent;
                String expected = dose == 1 ? "\"CREATED\"" : "\"CORRECTED\"";
                if (response.statusCode() != 200 || !response.body().contains(expected)) {
                    throw new IllegalStateException("Batch " + b + " answered " + response.statusCode() + ": "
                            + response.body().substring(0, Math.min(400, response.body().length())));
                }
                rates[b] = size / (took / 1e9);
                total += took;
                System.out.printf(Locale.ROOT, "upload %s batch %d: %d records in %.0f ms, %.0f records/s%n",
                        dose == 1 ? "new" : "corrections", b, size, took / 1e6, rates[b]);
            }
            Arrays.sort(rates);
            System.out.printf(Locale.ROOT,
                    "RESULT upload %s: %d batches of %d, overall %.0f records/s, median batch %.0f records/s, slowest batch %.0f records/s%n",
                    dose == 1 ? "new records" : "corrections", batches, size,
                    (double) batches * size / (total / 1e9), rates[batches / 2], rates[0]);
        }
    }

    private static void page(String portal, Path cards, String origin, String path, int requests, int warmup)
            throws Exception {
        CardReaders readers = (CardReaders)
                new CardReadersManagedConnectionFactory(new VirtualReaderTransport(cards), Duration.ofSeconds(5))
                        .createConnectionFactory();
        String[] sessions = new String[CLIENTS];
        for (int c = 0; c < CLIENTS; c++) {
            sessions[c] = logIn(readers, portal, origin, CARDS[c % CARDS.length]);
        }
        run(portal + path, sessions, warmup);
        long[] latencies = new long[requests];
        long start = System.nanoTime();
        int failed = run(portal + path, sessions, requests, latencies);
        double seconds = (System.nanoTime() - start) / 1e9;
        Arrays.sort(latencies);
        System.out.printf(Locale.ROOT,
                "RESULT page: %d requests, %d clients, %d failed, %.0f requests/s, median %.1f ms, p95 %.1f ms, p99 %.1f ms, max %.1f ms%n",
                requests, CLIENTS, failed, requests / seconds,
                latencies[requests / 2] / 1e6,
                latencies[(int) (requests * 0.95)] / 1e6,
                latencies[(int) (requests * 0.99)] / 1e6,
                latencies[requests - 1] / 1e6);
        if (failed > 0) {
            System.exit(1);
        }
    }

    private static void run(String url, String[] sessions, int count) throws Exception {
        if (run(url, sessions, count, new long[count]) > 0) {
            throw new IllegalStateException("The warm-up had failures");
        }
    }

    /** Sends count GETs from one thread per session; returns how many were not 200 with results. */
    private static int run(String url, String[] sessions, int count, long[] latencies) throws Exception {
        AtomicInteger next = new AtomicInteger();
        AtomicInteger failed = new AtomicInteger();
        ExecutorService clients = Executors.newFixedThreadPool(CLIENTS);
        try {
            List<Future<?>> running = new ArrayList<>();
            for (String cookie : sessions) {
                running.add(clients.submit(() -> {
                    for (int i = next.getAndIncrement(); i < count; i = next.getAndIncrement()) {
                        long sent = System.nanoTime();
                        HttpResponse<String> response = HTTP.send(
                                HttpRequest.newBuilder(URI.create(url))
                                        .header("Cookie", cookie)
                                        .build(),
                                HttpResponse.BodyHandlers.ofString());
                        latencies[i] = System.nanoTime() - sent;
                        if (response.statusCode() != 200 || !response.body().contains(RESULTS_MARKER)) {
                            if (failed.getAndIncrement() == 0) {
                                String body = response.body();
                                int main = Math.max(0, body.indexOf("<main"));
                                System.out.println("first failure: " + response.statusCode() + " "
                                        + body.substring(main, Math.min(main + 3000, body.length())));
                            }
                        }
                    }
                    return null;
                }));
            }
            for (Future<?> f : running) {
                f.get();
            }
        } finally {
            clients.shutdown();
        }
        return failed.get();
    }

    private static String logIn(CardReaders readers, String portal, String origin, String[] card) throws Exception {
        HttpResponse<String> response = HTTP.send(
                HttpRequest.newBuilder(URI.create(portal + "/api/auth/challenge")).build(),
                HttpResponse.BodyHandlers.ofString());
        String cookie = response.headers().firstValue("Set-Cookie").orElseThrow().split(";", 2)[0];
        Matcher matcher = CHALLENGE.matcher(response.body());
        if (!matcher.find()) {
            throw new IllegalStateException("No challenge in " + response.body());
        }
        String challenge = matcher.group(1);
        String body = "{\"challenge\":\"" + challenge + "\",\"authToken\":" + token(readers, card, origin, challenge) + "}";
        HttpResponse<String> login = HTTP.send(
                HttpRequest.newBuilder(URI.create(portal + "/api/auth/token"))
                        .header("Content-Type", "application/json")
                        .header("Cookie", cookie)
                        .POST(HttpRequest.BodyPublishers.ofString(body))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        if (login.statusCode() != 200) {
            throw new IllegalStateException("Login of " + card[0] + " answered " + login.statusCode() + ": " + login.body());
        }
        // the session id changes at login, and again at 利用者登録 (a card's first login on a new database)
        String session = renewed(login, cookie);
        if (login.body().contains("\"registered\":false")) {
            HttpResponse<String> registration = HTTP.send(
                    HttpRequest.newBuilder(URI.create(portal + "/api/account/registration"))
                            .header("Content-Type", "application/json")
                            .header("Cookie", session)
                            .POST(HttpRequest.BodyPublishers.ofString(
                                    "{\"termsAccepted\":true,\"nickname\":\"" + card[0] + "\"}"))
                            .build(),
                    HttpResponse.BodyHandlers.ofString());
            if (registration.statusCode() / 100 != 2) {
                throw new IllegalStateException(
                        "利用者登録 of " + card[0] + " answered " + registration.statusCode() + ": " + registration.body());
            }
            session = renewed(registration, session);
        }
        return session;
    }

    private static String renewed(HttpResponse<String> response, String cookie) {
        String name = cookie.substring(0, cookie.indexOf('=') + 1);
        return response.headers().allValues("Set-Cookie").stream()
                .map(c -> c.split(";", 2)[0])
                .filter(c -> c.startsWith(name))
                .reduce((first, last) -> last)
                .orElse(cookie);
    }

    private static String token(CardReaders readers, String[] card, String origin, String challenge) throws Exception {
        try (CardSession session = readers.open(VirtualReaderTransport.READER_PREFIX + card[0])) {
            if (!session.verifyPin(PinKind.AUTH, card[1].toCharArray()).isOk()) {
                throw new IllegalStateException("The demo password of " + card[0] + " was refused");
            }
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(TokenValidator.signedData(origin, challenge));
            Base64.Encoder base64 = Base64.getEncoder();
            return "{\"format\":\"web-eid:1.0\",\"unverifiedCertificate\":\""
                    + base64.encodeToString(session.readCertificate(CertificateKind.AUTH).getEncoded())
                    + "\",\"algorithm\":\"RS256\",\"signature\":\""
                    + base64.encodeToString(session.sign(CardKey.AUTH, "SHA-256", digest)) + "\"}";
        }
    }
}
