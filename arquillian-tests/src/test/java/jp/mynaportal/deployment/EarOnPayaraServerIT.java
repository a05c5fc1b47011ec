package jp.mynaportal.deployment;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import jp.mynaportal.support.BesideTheSharedServers;
import jp.mynaportal.support.DemoCardsOfTheRun;
import jp.mynaportal.support.TokenLogin;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * The EAR on a Payara Server 6 domain: the deliverable for Payara Server answers the top page
 * as the Payara Micro set does, and authenticates callers and maps their groups to roles as Micro
 * does. The domain is created in {@code target/} on free ports, hardened
 * like the Micro pre-boot file, given the H2 file database of its own data folder (which starts as
 * a copy of the build's migrated template, {@code H2Template}), and stopped afterwards. Its JVM,
 * like the standalone Micros', runs with the client compiler only and the serial collector: it
 * lives for one class, most of it the deployment (docs/PERFORMANCE.md).
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@BesideTheSharedServers
class EarOnPayaraServerIT {

    private static final String DOMAIN = "mynaportal-it";
    private static final String APPLICATION = "mynaportal";
    private static final Duration COMMAND_TIMEOUT = Duration.ofMinutes(6);

    /** Port offsets from {@code --portbase} that create-domain uses (admin 48, http 80, ...). */
    private static final int[] PORT_OFFSETS = {9, 37, 38, 39, 48, 49, 59, 66, 76, 80, 81, 86};

    private static final List<String> SERVICE_NAMES =
            List.of("健康保険証利用申込", "ぴったりサービス", "あなたの情報", "やりとり履歴", "お知らせ", "利用履歴", "利用者登録変更", "もっとつながる", "代理人");

    private static final String TOP_PAGE_TITLE = "<title>トップページ | マイナポータル</title>";

    private final Path payaraHome = Path.of(required("payara.server.home")).toAbsolutePath();
    private final Path ear = Path.of(required("mynaportal.ear")).toAbsolutePath();
    private final Path microPreBoot =
            Path.of(required("mynaportal.micro.preboot")).toAbsolutePath();
    private final Path work =
            Path.of(required("project.build.directory"), "ear-on-payara-server").toAbsolutePath();
    private final Path domainDir = work.resolve("domains");
    private final Path dataDir = work.resolve("data");
    private final HttpClient http = HttpClient.newBuilder()
            .connectTimeout(Duration.ofSeconds(10))
            .followRedirects(HttpClient.Redirect.NEVER)
            .build();

    private int adminPort;
    private int httpPort;
    private boolean domainCreated;

    @BeforeAll
    void deployEarOnFreshDomain() throws IOException {
        assertThat(ear).as("the EAR (build it first: ./mvnw package)").isRegularFile();
        assertThat(payaraHome.resolve("bin/asadmin"))
                .as("Payara Server unpacked by the build")
                .isRegularFile();
        stopLeftoverDomain();
        deleteRecursively(work);
        Files.createDirectories(domainDir);

        int portBase = freePortBase();
        adminPort = portBase + 48;
        httpPort = portBase + 80;

        asadmin(
                "create-domain",
                "--nopassword=true",
                "--portbase",
                Integer.toString(portBase),
                "--domaindir",
                domainDir.toString(),
                DOMAIN);
        domainCreated = true;
        // the domain's settings before its one start: the JVM options written into domain.xml (as
        // create-jvm-options would, which needs a running server and a restart), the hardening as
        // pre-boot commands (as the Micro gets it)
        addJvmOptions(
                "-XX:TieredStopAtLevel=1",
                "-XX:+UseSerialGC",
                "-Dmynaportal.data.dir=" + dataDir,
                "-Dmynaportal.profile=demo");
        // the PKI and cards of the run's first demo Micro, if there was one, instead of new keys
        DemoCardsOfTheRun.copyInto(Files.createDirectories(dataDir));
        Path hardening = work.resolve("hardening.asadmin");
        Files.write(hardening, hardeningFromMicroPreBoot(), StandardCharsets.UTF_8);
        asadmin(
                "start-domain",
                "--prebootcommandfile",
                hardening.toString(),
                "--domaindir",
                domainDir.toString(),
                DOMAIN);

        remote("deploy", "--name", APPLICATION, ear.toString());
    }

    /** Stops the domain at once (nothing is checked at shutdown; the next run deletes the folder). */
    @AfterAll
    void stop() {
        if (domainCreated) {
            killDomain();
        }
    }

    @Test
    void topPageListsTheNineServicesWithoutNamingTheServer() throws Exception {
        HttpResponse<String> top = get("/");

        assertThat(top.statusCode()).as("GET / on the EAR\n" + serverLogTail()).isEqualTo(200);
        assertThat(top.body()).contains(TOP_PAGE_TITLE);
        assertThat(top.body()).contains(SERVICE_NAMES);
        assertNoServerIdentity(top);
    }

    @Test
    void theCallerAndTheirGroupsReachPagesAndServicesOfTheEar() throws Exception {
        String base = "http://localhost:" + httpPort;
        String missing = "/api/pittari/applications/999999";
        assertThat(get("/pittari/apply/resume.xhtml").headers().firstValue("Location"))
                .as("an anonymous visitor of a protected page goes to the login page")
                .hasValueSatisfying(l -> assertThat(l).contains("/auth/login.xhtml?next="));
        assertThat(send(null, missing).statusCode()).isEqualTo(401);
        TokenLogin login = new TokenLogin(base, dataDir.resolve("cards"));
        String registrant = login.logIn("taro", "2345");
        assertThat(send(registrant, missing).statusCode())
                .as("a card holder before 利用者登録 is refused by the role")
                .isEqualTo(403);
        String resident = login.logInRegistered("hanako", "1234", "はなこ");
        assertThat(send(resident, missing).statusCode())
                .as("a resident passes the page's role and the service's @RolesAllowed: the id is simply unknown\n"
                        + serverLogTail())
                .isEqualTo(404);
        assertThat(send(resident, "/counter/inbox.xhtml").statusCode())
                .as("a resident who is not staff is refused the counter")
                .isEqualTo(403);
    }

    @Test
    void postalCodeLookupPageAnswers() throws Exception {
        HttpResponse<String> choose = get("/municipality/choose.xhtml");

        assertThat(choose.statusCode())
                .as("GET /municipality/choose.xhtml\n" + serverLogTail())
                .isEqualTo(200);
        assertNoServerIdentity(choose);
    }

    @Test
    void unknownPageDoesNotNameTheServerEither() throws Exception {
        HttpResponse<String> missing = get("/no-such-page.xhtml");

        assertThat(missing.statusCode()).isEqualTo(404);
        assertNoServerIdentity(missing);
        assertThat(missing.body()).doesNotContainIgnoringCase("payara").doesNotContainIgnoringCase("glassfish");
    }

    @Test
    void aBodyOnADeleteReachesThePortalAndGetsItsProblemDocument() throws Exception {
        HttpRequest request = HttpRequest.newBuilder(
                        URI.create("http://localhost:" + httpPort + "/api/pittari/procedures"))
                .timeout(Duration.ofSeconds(60))
                .method("DELETE", HttpRequest.BodyPublishers.ofString("abc"))
                .build();

        HttpResponse<String> refused = http.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));

        assertThat(refused.statusCode())
                .as("the hardening lets the body through to the portal's refusal\n" + serverLogTail())
                .isEqualTo(400);
        assertThat(refused.headers().firstValue("Content-Type"))
                .hasValueSatisfying(type -> assertThat(type).startsWith("application/problem+json"));
        assertNoServerIdentity(refused);
    }

    private static void assertNoServerIdentity(HttpResponse<String> response) {
        Map<String, List<String>> headers = response.headers().map();
        assertThat(headers.keySet()).as("response headers").noneMatch(name -> name.equalsIgnoreCase("X-Powered-By"));
        response.headers()
                .allValues("Server")
                .forEach(server -> assertThat(server)
                        .as("Server header")
                        .doesNotContainPattern("\\d")
                        .doesNotContainIgnoringCase("payara")
                        .doesNotContainIgnoringCase("glassfish"));
    }

    private HttpResponse<String> send(String cookie, String path) throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + httpPort + path))
                .timeout(Duration.ofSeconds(60));
        if (cookie != null) {
            request.header("Cookie", cookie);
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private HttpResponse<String> get(String path) throws IOException, InterruptedException {
        HttpRequest request = HttpRequest.newBuilder(URI.create("http://localhost:" + httpPort + path))
                .timeout(Duration.ofSeconds(60))
                .header("Accept-Language", "ja")
                .GET()
                .build();
        return http.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    /**
     * The hardening of the Micro pre-boot file for the Server: the listener settings, with the
     * Server's listener names (Micro's {@code http-listener} and {@code https-listener} are the
     * Server's {@code http-listener-1} and {@code http-listener-2}), and every other command (those
     * that turn the management endpoints off) as it is.
     */
    private List<String> hardeningFromMicroPreBoot() throws IOException {
        Pattern listenerSetting = Pattern.compile(
                "^set (configs\\.config\\.server-config\\.network-config\\.protocols\\.protocol\\.)(https?-listener)(\\..+)$");
        List<String> commands = new ArrayList<>();
        for (String line : Files.readAllLines(microPreBoot, StandardCharsets.UTF_8)) {
            Matcher setting = listenerSetting.matcher(line.strip());
            if (setting.matches()) {
                String listener = setting.group(2).equals("http-listener") ? "http-listener-1" : "http-listener-2";
                commands.add("set " + setting.group(1) + listener + setting.group(3));
            } else if (!line.isBlank()) {
                commands.add(line.strip());
            }
        }
        assertThat(commands).as("listener settings in " + microPreBoot).isNotEmpty();
        return commands;
    }

    /**
     * Adds JVM options to the server's configuration ({@code server-config}) in the domain's
     * {@code domain.xml}, after the options that create-domain wrote, and raises its heap; the
     * server is not running.
     */
    private void addJvmOptions(String... options) throws IOException {
        Path domainXml = domainDir.resolve(DOMAIN).resolve("config/domain.xml");
        String xml = Files.readString(domainXml, StandardCharsets.UTF_8);
        int serverConfig = xml.indexOf("<config name=\"server-config\"");
        int end = serverConfig < 0 ? -1 : xml.indexOf("</java-config>", serverConfig);
        assertThat(end).as("the server-config java-config in " + domainXml).isPositive();
        // the portal's heap: 1 GB instead of create-domain's 512 MB (bin/portal gives it 768 MB)
        String heap = "<jvm-options>-Xmx512m</jvm-options>";
        String javaConfig = xml.substring(serverConfig, end);
        assertThat(javaConfig).as("create-domain's heap option in " + domainXml).contains(heap);
        xml = xml.substring(0, serverConfig)
                + javaConfig.replace(heap, "<jvm-options>-Xmx1g</jvm-options>")
                + xml.substring(end);
        end = xml.indexOf("</java-config>", serverConfig);
        StringBuilder added = new StringBuilder();
        for (String option : options) {
            added.append("  <jvm-options>").append(xmlText(option)).append("</jvm-options>\n        ");
        }
        Files.writeString(domainXml, xml.substring(0, end) + added + xml.substring(end), StandardCharsets.UTF_8);
    }

    private static String xmlText(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
    }

    private void stopLeftoverDomain() {
        if (Files.isDirectory(domainDir.resolve(DOMAIN))) {
            killDomain();
        }
    }

    private void killDomain() {
        run(asadminCommand("stop-domain", "--kill=true", "--domaindir", domainDir.toString(), DOMAIN));
    }

    private void remote(String... command) {
        Result result = run(remoteCommand(command));
        if (result.exitCode() != 0) {
            throw new IllegalStateException("asadmin " + String.join(" ", command) + " failed:\n" + result.output()
                    + "\n--- server.log ---\n" + serverLogTail());
        }
    }

    private List<String> remoteCommand(String... command) {
        List<String> full = new ArrayList<>(List.of("--host", "localhost", "--port", Integer.toString(adminPort)));
        full.addAll(List.of(command));
        return asadminCommand(full.toArray(String[]::new));
    }

    private void asadmin(String... command) {
        Result result = run(asadminCommand(command));
        if (result.exitCode() != 0) {
            throw new IllegalStateException("asadmin " + String.join(" ", command) + " failed:\n" + result.output()
                    + "\n--- server.log ---\n" + serverLogTail());
        }
    }

    private List<String> asadminCommand(String... command) {
        List<String> full = new ArrayList<>(
                List.of("sh", payaraHome.resolve("bin/asadmin").toString(), "--user", "admin", "--interactive=false"));
        full.addAll(List.of(command));
        return full;
    }

    private Result run(List<String> command) {
        try {
            Files.createDirectories(work);
            Path output = Files.createTempFile(work, "asadmin", ".log");
            ProcessBuilder builder =
                    new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(output.toFile());
            builder.environment().put("AS_JAVA", System.getProperty("java.home"));
            Process process = builder.start();
            if (!process.waitFor(COMMAND_TIMEOUT.toSeconds(), TimeUnit.SECONDS)) {
                process.destroyForcibly().waitFor();
                return new Result(-1, "timed out after " + COMMAND_TIMEOUT + ": " + Files.readString(output));
            }
            return new Result(process.exitValue(), Files.readString(output));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private String serverLogTail() {
        Path log = domainDir.resolve(DOMAIN).resolve("logs/server.log");
        try {
            if (!Files.isRegularFile(log)) {
                return "(no server.log)";
            }
            List<String> lines = Files.readAllLines(log, StandardCharsets.UTF_8);
            return String.join("\n", lines.subList(Math.max(0, lines.size() - 200), lines.size()));
        } catch (IOException e) {
            return "(server.log unreadable: " + e.getMessage() + ")";
        }
    }

    /** A port base whose every derived port is free, away from 8080 and 4848. */
    private static int freePortBase() {
        for (int base = 21000; base < 60000; base += 100) {
            if (allFree(base)) {
                return base;
            }
        }
        throw new IllegalStateException("no free port range for a Payara domain");
    }

    private static boolean allFree(int base) {
        for (int offset : PORT_OFFSETS) {
            try (ServerSocket socket = new ServerSocket(base + offset)) {
                socket.setReuseAddress(true);
            } catch (IOException taken) {
                return false;
            }
        }
        return true;
    }

    private static void deleteRecursively(Path root) throws IOException {
        if (!Files.exists(root)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(root)) {
            for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(path);
            }
        }
    }

    private static String required(String property) {
        String value = System.getProperty(property);
        if (value == null || value.isBlank()) {
            throw new IllegalStateException("system property " + property + " is not set (run through Maven failsafe)");
        }
        return value;
    }

    private record Result(int exitCode, String output) {}
}
