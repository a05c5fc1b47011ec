package jp.mynaportal.exchange.benchmark;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import jp.mynaportal.card.adapter.CardReadersManagedConnectionFactory;
import jp.mynaportal.card.api.CardReaders;
import jp.mynaportal.card.api.CardSession;
import jp.mynaportal.card.api.PinKind;
import jp.mynaportal.card.api.WebEidToken;
import jp.mynaportal.card.transport.VirtualReaderTransport;

/**
 * The result page of a finished 提供要求 ({@code GET /exchange/result.xhtml?id=}) over HTTP at 16
 * concurrent clients against a running portal. Each client logs in with a demo card (token login,
 * as {@code TokenLoginLoad} does; the cards in turn; 利用者登録 over REST if the card holder has
 * none yet) and then reads its own resident's result page
 * again and again: first for the warm-up seconds (not counted), then for the measured seconds. A
 * page is counted as failed unless it is a 200 showing the result's period. Prints one
 * tab-separated line: pages, failed, pages/s, p50, p95, p99 and max in milliseconds.
 *
 * <p>Arguments: portal URL, the portal's card folder, warm-up seconds, measured seconds, then one
 * {@code card:pin:requestId} per demo card (a finished request of that card's resident).
 *
 * <p>{@code -Dpage=/about/terms.xhtml} measures another address the same way, to set the result page
 * beside what any page of the portal costs ({@code {id}} in it stands for the client's request id);
 * such a page counts as shown when it answers 200. {@code -Danonymous=true} sends it without the
 * session cookie, as a visitor who is not logged in.
 */
public final class ExchangeResultLoad {

    private static final Pattern CHALLENGE = Pattern.compile("\"challenge\":\"([^\"]+)\"");
    private static final int CLIENTS = Integer.getInteger("clients", 16);
    /** The origin the portal expects in tokens ({@code -Dorigin}, default the portal URL). */
    private static final Optional<String> ORIGIN = Optional.ofNullable(System.getProperty("origin"));

    private static final String FINISHED_RESULT = "id=\"result-period\"";

    /** The address measured; the finished result page unless {@code -Dpage} names another. */
    private static final String PAGE = System.getProperty("page", "/exchange/result.xhtml?id={id}");

    private static final boolean RESULT_PAGE = !System.getProperties().containsKey("page");

    private static final boolean ANONYMOUS = Boolean.getBoolean("anonymous");

    private record Client(String cookie, long requestId) {}

    private ExchangeResultLoad() {}

    public static void main(String[] args) throws Exception {
        String portal = args[0];
        Path cards = Path.of(args[1]);
        Duration warmUp = Duration.ofSeconds(Long.parseLong(args[2]));
        Duration measured = Duration.ofSeconds(Long.parseLong(args[3]));
        String[] residents = Arrays.copyOfRange(args, 4, args.length);
        HttpClient http =
                HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
        CardReaders readers = (CardReaders)
                new CardReadersManagedConnectionFactory(new VirtualReaderTransport(cards), Duration.ofSeconds(5))
                        .createConnectionFactory();
        List<Client> clients = new ArrayList<>(CLIENTS);
        for (int i = 0; i < CLIENTS; i++) {
            String[] resident = residents[i % residents.length].split(":");
            Client client =
                    new Client(logIn(http, readers, portal, resident[0], resident[1]), Long.parseLong(resident[2]));
            check(http, portal, client);
            clients.add(client);
        }
        run(http, portal, clients, warmUp);
        long[] latencies = run(http, portal, clients, measured);
        System.out.println(summary(latencies, measured));
    }

    /** Each client reads its page until the time is up; the latencies of all pages, failures negative. */
    private static long[] run(HttpClient http, String portal, List<Client> clients, Duration length) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(clients.size());
        long end = System.nanoTime() + length.toNanos();
        List<Future<long[]>> running = new ArrayList<>();
        for (Client client : clients) {
            running.add(pool.submit(() -> {
                long[] mine = new long[1024];
                int n = 0;
                HttpRequest page = request(portal, client);
                while (System.nanoTime() < end) {
                    long sent = System.nanoTime();
                    HttpResponse<String> response = http.send(page, HttpResponse.BodyHandlers.ofString());
                    long took = System.nanoTime() - sent;
                    boolean shown = shown(response);
                    if (n == mine.length) {
                        mine = Arrays.copyOf(mine, n * 2);
                    }
                    mine[n++] = shown ? took : -took;
                }
                return Arrays.copyOf(mine, n);
            }));
        }
        long[] all = new long[0];
        for (Future<long[]> f : running) {
            long[] mine = f.get();
            int before = all.length;
            all = Arrays.copyOf(all, before + mine.length);
            System.arraycopy(mine, 0, all, before, mine.length);
        }
        pool.shutdown();
        return all;
    }

    private static String summary(long[] latencies, Duration measured) {
        long failed = Arrays.stream(latencies).filter(l -> l < 0).count();
        long[] sorted = Arrays.stream(latencies).map(Math::abs).sorted().toArray();
        int n = sorted.length;
        return String.format(
                Locale.ROOT,
                "%d\t%d\t%.1f\t%.2f\t%.2f\t%.2f\t%.2f",
                n,
                failed,
                n / (measured.toMillis() / 1000.0),
                sorted[n / 2] / 1e6,
                sorted[(int) (n * 0.95)] / 1e6,
                sorted[(int) (n * 0.99)] / 1e6,
                sorted[n - 1] / 1e6);
    }

    /** A token login with the demo card; the session cookie of the logged-in session. */
    private static String logIn(HttpClient http, CardReaders readers, String portal, String card, String pin)
            throws Exception {
        HttpResponse<String> challenged = http.send(
                HttpRequest.newBuilder(URI.create(portal + "/api/auth/challenge"))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        String cookie =
                challenged.headers().firstValue("Set-Cookie").orElseThrow().split(";", 2)[0];
        Matcher matcher = CHALLENGE.matcher(challenged.body());
        if (!matcher.find()) {
            throw new IllegalStateException("No challenge in the answer of /api/auth/challenge");
        }
        String challenge = matcher.group(1);
        HttpResponse<String> loggedIn = http.send(
                HttpRequest.newBuilder(URI.create(portal + "/api/auth/token"))
                        .header("Content-Type", "application/json")
                        .header("Cookie", cookie)
                        .POST(HttpRequest.BodyPublishers.ofString("{\"challenge\":\"" + challenge + "\",\"authToken\":"
                                + token(readers, card, pin, ORIGIN.orElse(portal), challenge) + "}"))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        if (loggedIn.statusCode() != 200) {
            throw new IllegalStateException("The token login of " + card + " answered " + loggedIn.statusCode());
        }
        String session = cookies(cookie, loggedIn);
        HttpResponse<String> registered = http.send(
                HttpRequest.newBuilder(URI.create(portal + "/api/account/registration"))
                        .header("Content-Type", "application/json")
                        .header("Cookie", session)
                        .POST(HttpRequest.BodyPublishers.ofString(
                                "{\"termsAccepted\":true,\"nickname\":\"" + card + "\"}"))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        if (registered.statusCode() != 200 && registered.statusCode() != 409) {
            throw new IllegalStateException("利用者登録 of " + card + " answered " + registered.statusCode());
        }
        return cookies(session, registered);
    }

    /** The cookies sent so far with those the response sets (a login and 利用者登録 renew the session). */
    private static String cookies(String sent, HttpResponse<String> response) {
        Map<String, String> cookies = new LinkedHashMap<>();
        for (String pair : sent.split("; ")) {
            String[] nameValue = pair.split("=", 2);
            cookies.put(nameValue[0], nameValue.length > 1 ? nameValue[1] : "");
        }
        for (String set : response.headers().allValues("Set-Cookie")) {
            String[] nameValue = set.split(";", 2)[0].split("=", 2);
            cookies.put(nameValue[0], nameValue.length > 1 ? nameValue[1] : "");
        }
        StringBuilder header = new StringBuilder();
        cookies.forEach((name, value) -> header.append(header.isEmpty() ? "" : "; ")
                .append(name)
                .append('=')
                .append(value));
        return header.toString();
    }

    /** The measured page of a client, with its session cookie unless anonymous. */
    private static HttpRequest request(String portal, Client client) {
        HttpRequest.Builder page =
                HttpRequest.newBuilder(URI.create(portal + PAGE.replace("{id}", Long.toString(client.requestId()))));
        return ANONYMOUS ? page.build() : page.header("Cookie", client.cookie()).build();
    }

    /** A 200 that, for the result page, shows the finished result. */
    private static boolean shown(HttpResponse<String> response) {
        return response.statusCode() == 200 && (!RESULT_PAGE || response.body().contains(FINISHED_RESULT));
    }

    /** Stops before measuring when a client's page is not shown (for the result page: a login that did not hold). */
    private static void check(HttpClient http, String portal, Client client) throws Exception {
        HttpResponse<String> response = http.send(request(portal, client), HttpResponse.BodyHandlers.ofString());
        if (!shown(response)) {
            throw new IllegalStateException("The result page answered " + response.statusCode() + " "
                    + response.headers().firstValue("Location").orElse("")
                    + " without the finished result; cookies sent: "
                    + client.cookie().replaceAll("=[^;]*", "=…"));
        }
    }

    private static String token(CardReaders readers, String cardId, String pin, String origin, String challenge)
            throws Exception {
        try (CardSession card = readers.open(VirtualReaderTransport.READER_PREFIX + cardId)) {
            if (!card.verifyPin(PinKind.AUTH, pin.toCharArray()).isOk()) {
                throw new IllegalStateException("The demo password of " + cardId + " was refused");
            }
            return WebEidToken.create(card, origin, challenge);
        }
    }
}
