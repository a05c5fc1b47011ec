package jp.mynaportal.selfinfo.benchmark;

import java.lang.management.ManagementFactory;
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
import java.util.concurrent.CyclicBarrier;
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
 * upload PORTAL AGENCY_DIR AGENCY_CODE LINK_CODES_FILE BATCHES BATCH_SIZE RUN [STREAMS]
 * page   PORTAL CARDS_DIR ORIGIN PAGE_PATH REQUESTS WARMUP
 * </pre>
 *
 * {@code upload} sends BATCHES batches of new 予防接種 records signed as the agency, then the same
 * records again with one value changed (each a correction), and prints records/s. With STREAMS
 * (default 1) it does so from STREAMS threads at once, each with its own HTTP connection, its own
 * BATCHES batches and its own records, one batch at a time per stream: the aggregate records/s over
 * the phase's wall time (first request sent to last answer), the median batch of all streams and of
 * each, and the client's own CPU a record. {@code page} logs 16 sessions in with the demo cards (token login), fetches the page
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
                    args[7],
                    args.length > 8 ? Integer.parseInt(args[8]) : 1);
            case "page" -> page(
                    args[1], Path.of(args[2]), args[3], args[4], Integer.parseInt(args[5]), Integer.parseInt(args[6]));
            default -> throw new IllegalArgumentException("upload or page");
        }
    }

    private static void upload(
            String portal,
            Path folder,
            String agency,
            List<String> links,
            int batches,
            int size,
            String run,
            int streams)
            throws Exception {
        AgencyRequestSigner signer = AgencyRequestSigner.fromFolder(agency, folder);
        // each stream has its own connection (its own client) and its own records: stream s sends the
        // record ids bench-RUN-(s × batches × size + n) and the link codes from that offset on
        HttpClient[] clients = new HttpClient[streams];
        for (int s = 0; s < streams; s++) {
            clients[s] = HttpClient.newBuilder()
                    .connectTimeout(Duration.ofSeconds(5))
                    .version(HttpClient.Version.HTTP_1_1)
                    .build();
        }
        ExecutorService threads = Executors.newFixedThreadPool(streams);
        try {
            for (int dose = 1; dose <= 2; dose++) {
                int phase = dose;
                String name = dose == 1 ? "new records" : "corrections";
                double[][] rates = new double[streams][batches];
                long[] busy = new long[streams];
                CyclicBarrier ready = new CyclicBarrier(streams + 1);
                List<Future<?>> running = new ArrayList<>();
                for (int s = 0; s < streams; s++) {
                    int stream = s;
                    running.add(threads.submit(() -> {
                        // the batches' bodies are built before the phase starts, so the client's own
                        // work does not stand between one stream's requests
                        byte[][] bodies = new byte[batches][];
                        for (int b = 0; b < batches; b++) {
                            bodies[b] = body(links, run, phase, (stream * batches + b) * size, size);
                        }
                        ready.await();
                        for (int b = 0; b < batches; b++) {
                            long took = send(clients[stream], signer, portal, bodies[b], phase, stream, b);
                            rates[stream][b] = size / (took / 1e9);
                            busy[stream] += took;
                            if (streams == 1) {
                                System.out.printf(
                                        Locale.ROOT,
                                        "upload %s batch %d: %d records in %.0f ms, %.0f records/s%n",
                                        phase == 1 ? "new" : "corrections",
                                        b,
                                        size,
                                        took / 1e6,
                                        rates[stream][b]);
                            }
                        }
                        return null;
                    }));
                }
                ready.await();
                long cpuBefore = processCpu();
                long start = System.nanoTime();
                for (Future<?> f : running) {
                    f.get();
                }
                long wall = System.nanoTime() - start;
                long cpu = processCpu() - cpuBefore;
                long records = (long) streams * batches * size;
                StringBuilder perStream = new StringBuilder();
                double[] all = new double[streams * batches];
                for (int s = 0; s < streams; s++) {
                    System.arraycopy(rates[s], 0, all, s * batches, batches);
                    double[] sorted = rates[s].clone();
                    Arrays.sort(sorted);
                    perStream.append(String.format(Locale.ROOT, "%s%.0f", s == 0 ? "" : " / ", sorted[batches / 2]));
                }
                Arrays.sort(all);
                System.out.printf(Locale.ROOT,
                        "RESULT upload %s: %d stream(s) x %d batches of %d, aggregate %.0f records/s"
                                + " (%d records in %.2f s wall, first request to last answer),"
                                + " median batch %.0f records/s (per stream: %s), slowest batch %.0f records/s,"
                                + " client CPU %.3f ms a record%n",
                        name, streams, batches, size, records / (wall / 1e9), records, wall / 1e9,
                        all[all.length / 2], perStream, all[0], cpu / 1e6 / records);
            }
        } finally {
            threads.shutdown();
        }
    }

    /** A batch of new (dose 1) or corrected (dose 2) 予防接種 records bench-RUN-first … first + size − 1. */
    private static byte[] body(List<String> links, String run, int dose, int first, int size) {
        StringBuilder body = new StringBuilder("{\"records\":[");
        for (int i = 0; i < size; i++) {
            int n = first + i;
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
        return body.append("]}").toString().getBytes(StandardCharsets.UTF_8);
    }

    /** Sends one signed batch and checks that every record was created or corrected; returns nanoseconds. */
    private static long send(
            HttpClient client, AgencyRequestSigner signer, String portal, byte[] bytes, int dose, int stream, int b)
            throws Exception {
        String target = "/api/agency/selfinfo/records";
        long sent = System.nanoTime();
        HttpResponse<String> response = client.send(
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
            throw new IllegalStateException("Stream " + stream + " batch " + b + " answered " + response.statusCode()
                    + ": "
                    + response.body().substring(0, Math.min(400, response.body().length())));
        }
        return took;
    }

    /** CPU nanoseconds of this client's process so far (all threads). */
    private static long processCpu() {
        return ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean())
                .getProcessCpuTime();
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
