package jp.mynaportal.auth.benchmark;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
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
import java.util.logging.Logger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import jp.mynaportal.auth.token.TokenValidator;
import jp.mynaportal.card.adapter.CardReadersManagedConnectionFactory;
import jp.mynaportal.card.api.CardKey;
import jp.mynaportal.card.api.CardReaders;
import jp.mynaportal.card.api.CardSession;
import jp.mynaportal.card.api.CertificateKind;
import jp.mynaportal.card.api.PinKind;
import jp.mynaportal.card.transport.VirtualReaderTransport;

/**
 * Token logins over HTTP against a running portal with its demo cards: first fetches one challenge
 * per login (each in its own session) and has a demo card sign it, then posts all tokens to
 * {@code /api/auth/token} from 16 concurrent clients and reports logins/s with p50 and p99 latency.
 * Arguments: portal URL, the portal's card folder, origin, number of logins, and optionally the
 * processes whose CPU time the timed phase is to be measured on ({@link ProcessCpu}, e.g.
 * {@code portal=1234,postgres=2345+2346}); the client's own CPU and the load average are always
 * reported.
 */
public final class TokenLoginLoad {

    private static final Logger LOG = Logger.getLogger(TokenLoginLoad.class.getName());
    private static final Pattern CHALLENGE = Pattern.compile("\"challenge\":\"([^\"]+)\"");
    private static final int CLIENTS = 16;

    private record Login(String cookie, String body) {}

    private TokenLoginLoad() {}

    public static void main(String[] args) throws Exception {
        String portal = args.length > 0 ? args[0] : "http://localhost:8080";
        Path cards = Path.of(args.length > 1 ? args[1] : "data/cards");
        String origin = args.length > 2 ? args[2] : "http://localhost:8080";
        int count = args.length > 3 ? Integer.parseInt(args[3]) : 1600;
        HttpClient http =
                HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
        CardReaders readers = (CardReaders)
                new CardReadersManagedConnectionFactory(new VirtualReaderTransport(cards), Duration.ofSeconds(5))
                        .createConnectionFactory();
        List<Login> logins = new ArrayList<>(count);
        String[][] demo = {{"taro", "2345"}, {"yuki", "3456"}};
        for (int i = 0; i < count; i++) {
            HttpResponse<String> response = http.send(
                    HttpRequest.newBuilder(URI.create(portal + "/api/auth/challenge"))
                            .build(),
                    HttpResponse.BodyHandlers.ofString());
            String cookie =
                    response.headers().firstValue("Set-Cookie").orElseThrow().split(";", 2)[0];
            Matcher matcher = CHALLENGE.matcher(response.body());
            if (!matcher.find()) {
                throw new IllegalStateException("No challenge in " + response.body());
            }
            String challenge = matcher.group(1);
            String[] card = demo[i % demo.length];
            logins.add(new Login(
                    cookie,
                    "{\"challenge\":\"" + challenge + "\",\"authToken\":"
                            + token(readers, card[0], card[1], origin, challenge) + "}"));
        }
        ProcessCpu cpu = ProcessCpu.of(args.length > 4 ? args[4] : "");
        long[] latencies = new long[count];
        AtomicInteger next = new AtomicInteger();
        AtomicInteger failures = new AtomicInteger();
        ExecutorService clients = Executors.newFixedThreadPool(CLIENTS);
        cpu.start();
        long start = System.nanoTime();
        List<Future<?>> running = new ArrayList<>();
        for (int c = 0; c < CLIENTS; c++) {
            running.add(clients.submit(() -> {
                for (int i = next.getAndIncrement(); i < count; i = next.getAndIncrement()) {
                    Login login = logins.get(i);
                    long sent = System.nanoTime();
                    HttpResponse<String> response = http.send(
                            HttpRequest.newBuilder(URI.create(portal + "/api/auth/token"))
                                    .header("Content-Type", "application/json")
                                    .header("Cookie", login.cookie())
                                    .POST(HttpRequest.BodyPublishers.ofString(login.body()))
                                    .build(),
                            HttpResponse.BodyHandlers.ofString());
                    latencies[i] = System.nanoTime() - sent;
                    if (response.statusCode() != 200) {
                        failures.incrementAndGet();
                    }
                }
                return null;
            }));
        }
        for (Future<?> f : running) {
            f.get();
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        String cpuPerLogin = cpu.stop(count);
        clients.shutdown();
        Arrays.sort(latencies);
        LOG.info(String.format(
                Locale.ROOT,
                "%d token logins, %d clients, %d failed: %.0f logins/s, p50 %.1f ms, p99 %.1f ms; %s",
                count,
                CLIENTS,
                failures.get(),
                count / seconds,
                latencies[count / 2] / 1e6,
                latencies[(int) (count * 0.99)] / 1e6,
                cpuPerLogin));
    }

    private static String token(CardReaders readers, String cardId, String pin, String origin, String challenge)
            throws Exception {
        try (CardSession card = readers.open(VirtualReaderTransport.READER_PREFIX + cardId)) {
            if (!card.verifyPin(PinKind.AUTH, pin.toCharArray()).isOk()) {
                throw new IllegalStateException("The demo password of " + cardId + " was refused");
            }
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(TokenValidator.signedData(origin, challenge));
            Base64.Encoder base64 = Base64.getEncoder();
            return "{\"format\":\"web-eid:1.0\",\"unverifiedCertificate\":\""
                    + base64.encodeToString(
                            card.readCertificate(CertificateKind.AUTH).getEncoded())
                    + "\",\"algorithm\":\"RS256\",\"signature\":\""
                    + base64.encodeToString(card.sign(CardKey.AUTH, "SHA-256", digest)) + "\"}";
        }
    }
}
