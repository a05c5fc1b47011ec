package jp.mynaportal.platform;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonValue;
import java.io.StringReader;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import jp.mynaportal.card.api.PinKind;
import jp.mynaportal.card.devpki.DevelopmentPki;
import jp.mynaportal.card.virtual.CardFile;
import jp.mynaportal.support.PortalDeployment;
import jp.mynaportal.support.TokenLogin;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The rules every request meets before a page or a service sees it, over HTTP against the shared
 * deployment: bounded bodies and parameters, well-formed addresses, no cross-site state changes,
 * the REST API's problem documents, the login rate limit, no-store answers; and that a body of the
 * wrong shape or a value no field takes changes nothing stored.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class RequestRulesIT {

    private static final String RESIDENT = "yuki";
    private static final String PIN = "3456";

    private final HttpClient http =
            HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    @ArquillianResource
    private URL portal;

    private RawHttp raw;

    @Deployment
    static WebArchive portal() {
        return PortalDeployment.sharedH2();
    }

    @BeforeEach
    void freshCard() {
        raw = new RawHttp(portal);
        DevelopmentPki.openOrCreate(Path.of("data", "pki"))
                .resetPin(
                        new CardFile(Path.of("data", "cards", RESIDENT + CardFile.EXTENSION)),
                        PinKind.AUTH,
                        PIN.toCharArray());
    }

    @Test
    void aJsonBodyDeclaredLargerThanItsLimitIsRefused413BeforeItIsRead() throws Exception {
        RawHttp.Answer answer = raw.send(
                "POST",
                "/api/auth/token",
                "Content-Type: application/json\r\nContent-Length: 104857600\r\n",
                "{\"challenge\":".getBytes(StandardCharsets.UTF_8));
        assertThat(answer.status()).isEqualTo(413);
        assertThat(answer.isProblem()).as(answer.text()).isTrue();
        assertThat(answer.body()).contains("\"status\":413");
    }

    @Test
    void anUploadDeclaredLargerThanItsLimitGetsThePortalsJapanesePage() throws Exception {
        RawHttp.Answer answer = raw.send(
                "POST",
                "/pittari/search.xhtml",
                "Content-Type: multipart/form-data; boundary=x\r\nContent-Length: 104857600\r\n",
                "--x\r\n".getBytes(StandardCharsets.UTF_8));
        assertThat(answer.status()).isEqualTo(413);
        assertThat(answer.body()).contains("lang=\"ja\"", "送信された内容が大きすぎます");
    }

    @Test
    void aBodyOfUnknownLengthIsCutOffAtItsLimit() throws Exception {
        // one JSON string longer than the limit, so that a parser must read on to the limit
        StringBuilder chunks = new StringBuilder();
        String opening = "{\"challenge\":\"";
        chunks.append(Integer.toHexString(opening.length()))
                .append("\r\n")
                .append(opening)
                .append("\r\n");
        String chunk = "x".repeat(60_000);
        for (int i = 0; i < 40; i++) {
            chunks.append(Integer.toHexString(chunk.length()))
                    .append("\r\n")
                    .append(chunk)
                    .append("\r\n");
        }
        chunks.append("0\r\n\r\n");
        RawHttp.Answer answer = raw.send(
                "POST",
                "/api/auth/token",
                "Content-Type: application/json\r\nTransfer-Encoding: chunked\r\n",
                chunks.toString().getBytes(StandardCharsets.US_ASCII));
        assertThat(answer.status()).isEqualTo(413);
    }

    @Test
    void aFormPostWithAParameterRepeatedThousandsOfTimesIsRefusedAt400() throws Exception {
        byte[] ids = IntStream.range(0, 20_000)
                .mapToObj(i -> "p=" + i)
                .collect(Collectors.joining("&"))
                .getBytes(StandardCharsets.US_ASCII);
        RawHttp.Answer answer = raw.send(
                "POST",
                "/pittari/apply/start.xhtml",
                "Content-Type: application/x-www-form-urlencoded\r\nContent-Length: " + ids.length + "\r\n",
                ids);
        assertThat(answer.status()).isEqualTo(400);
        assertThat(answer.body()).contains("送信された項目が多すぎます");
    }

    @Test
    void anAddressWithAParameterRepeatedTooOftenIsRefusedAt400() throws Exception {
        String ids = IntStream.range(0, 150).mapToObj(i -> "p=" + i).collect(Collectors.joining("&"));
        RawHttp.Answer answer = raw.send("GET", "/pittari/apply/start.xhtml?" + ids, "", new byte[0]);
        assertThat(answer.status()).isEqualTo(400);
        assertThat(answer.body()).contains("送信された項目が多すぎます");
    }

    @Test
    void aQueryThatIsNotPercentEncodedUtf8IsADesigned400() throws Exception {
        for (String query : new String[] {"a=%zz", "q=%ff%fe", "q=%00"}) {
            RawHttp.Answer answer = raw.send("GET", "/pittari/search.xhtml?" + query, "", new byte[0]);
            assertThat(answer.status()).as(query).isEqualTo(400);
            assertThat(answer.body()).as(query).contains("リクエストの形式が正しくありません");
        }
    }

    @Test
    void aCrossOriginFormPostIsRefused() throws Exception {
        RawHttp.Answer answer = raw.send(
                "POST",
                "/pittari/search.xhtml",
                "Origin: http://evil.example\r\nContent-Type: application/x-www-form-urlencoded\r\nContent-Length: 33\r\n",
                "jakarta.faces.ViewState=stateless".getBytes(StandardCharsets.US_ASCII));
        assertThat(answer.status()).isEqualTo(403);
        assertThat(answer.body()).contains("この操作は受け付けられません");
    }

    @Test
    void aPostFromASiblingSiteIsRefusedEvenWithoutOrigin() throws Exception {
        RawHttp.Answer answer = raw.send(
                "POST",
                "/api/auth/token",
                "Sec-Fetch-Site: same-site\r\nContent-Length: 4\r\n",
                "%PDF".getBytes(StandardCharsets.US_ASCII));
        assertThat(answer.status()).isEqualTo(403);
        assertThat(answer.isProblem()).isTrue();
    }

    @Test
    void aPostFromThePortalsOwnOriginPasses() throws Exception {
        RawHttp.Answer answer = raw.send(
                "POST",
                "/api/auth/token",
                "Origin: " + origin()
                        + "\r\nSec-Fetch-Site: same-origin\r\nContent-Type: application/json\r\nContent-Length: 2\r\n",
                "{}".getBytes(StandardCharsets.US_ASCII));
        assertThat(answer.status()).as(answer.text()).isEqualTo(401);
    }

    @Test
    void malformedJsonIsA400ProblemDocument() throws Exception {
        for (String body : new String[] {"{\"challenge\":", "[1,2]", "\"text\"", "{\"a\":}"}) {
            HttpResponse<String> answer = send(null, "POST", "/api/auth/token", "application/json", body);
            assertThat(answer.statusCode()).as(body).isEqualTo(400);
            assertThat(answer.headers().firstValue("Content-Type"))
                    .as(body)
                    .hasValueSatisfying(t -> assertThat(t).startsWith("application/problem+json"));
        }
    }

    @Test
    void theWrongMediaTypesAreProblemDocumentsNotContainerPages() throws Exception {
        HttpResponse<String> unsupported = send(null, "POST", "/api/auth/token", "text/plain", "{}");
        assertThat(unsupported.statusCode()).isEqualTo(415);
        assertThat(unsupported.body()).contains("\"status\":415");
        HttpResponse<String> notAcceptable = http.send(
                HttpRequest.newBuilder(uri("/api/auth/challenge"))
                        .header("Accept", "application/xml")
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(notAcceptable.statusCode()).isEqualTo(406);
        HttpResponse<String> unknown = send(null, "GET", "/api/no-such-thing", null, null);
        assertThat(unknown.statusCode()).isEqualTo(404);
        assertThat(unknown.body()).contains("\"status\":404");
    }

    @Test
    void aFractionalIdIsA400() throws Exception {
        String cookie = logIn();
        HttpResponse<String> answer = send(cookie, "GET", "/api/pittari/applications/1.5", null, null);
        assertThat(answer.statusCode()).isEqualTo(400);
    }

    @Test
    void aPutOfTheWrongShapeIsA400ThatKeepsTheDraft() throws Exception {
        String cookie = logIn();
        long id = draft(cookie);
        assertThat(send(
                                cookie,
                                "PUT",
                                "/api/pittari/applications/" + id + "/values",
                                "application/json",
                                "{\"values\":{\"applicant_phone\":\"0312345678\"}}")
                        .statusCode())
                .isEqualTo(200);
        for (String wrong : new String[] {"{\"values\":[]}", "{}", "{\"values\":{\"applicant_phone\":1}}", "[]"}) {
            HttpResponse<String> answer =
                    send(cookie, "PUT", "/api/pittari/applications/" + id + "/values", "application/json", wrong);
            assertThat(answer.statusCode()).as(wrong).isEqualTo(400);
        }
        assertThat(values(cookie, id).getString("applicant_phone")).isEqualTo("0312345678");
    }

    @Test
    void aValueLongerThanAnyFieldTakesIsRefusedBesideTheFieldAndNotStored() throws Exception {
        String cookie = logIn();
        long id = draft(cookie);
        String huge = "あ".repeat(150_000);
        HttpResponse<String> answer = send(
                cookie,
                "PUT",
                "/api/pittari/applications/" + id + "/values",
                "application/json",
                "{\"values\":{\"applicant_phone\":\"" + huge + "\"}}");
        assertThat(answer.statusCode()).isEqualTo(200);
        assertThat(answer.body()).contains("\"field\":\"applicant_phone\",\"code\":\"TOO_LONG\"");
        assertThat(values(cookie, id).containsKey("applicant_phone")).isFalse();
    }

    @Test
    void aControlCharacterIsRefusedBesideTheFieldAndNotStored() throws Exception {
        String cookie = logIn();
        long id = draft(cookie);
        HttpResponse<String> answer = send(
                cookie,
                "PUT",
                "/api/pittari/applications/" + id + "/values",
                "application/json",
                "{\"values\":{\"applicant_phone\":\"03\\u00001234\"}}");
        assertThat(answer.body()).contains("\"field\":\"applicant_phone\",\"code\":\"CONTROL_CHARACTER\"");
        assertThat(values(cookie, id).containsKey("applicant_phone")).isFalse();
    }

    @Test
    void pagesAndApiAnswersAreNotStoredByCaches() throws Exception {
        String cookie = logIn();
        for (String path :
                new String[] {"/index.xhtml", "/notice/list.xhtml", "/api/pittari/applications/" + draft(cookie)}) {
            HttpResponse<String> answer = send(cookie, "GET", path, null, null);
            assertThat(answer.headers().firstValue("Cache-Control")).as(path).contains("no-store");
        }
    }

    @Test
    void everyPageShownToASignedInResidentIsNotStoredByTheBrowser() throws Exception {
        // あなたの情報, やりとり履歴, お知らせ, 代理人, もっとつながる, 健康保険証, 申請…: every page, also those added later
        String cookie = logIn();
        java.util.List<String> stored = new java.util.ArrayList<>();
        java.util.List<String> pages;
        Path sources = Path.of("..", "web-jsf", "src", "main", "webapp");
        try (java.util.stream.Stream<Path> files = java.nio.file.Files.walk(sources)) {
            pages = files.filter(file -> file.toString().endsWith(".xhtml"))
                    .map(file -> "/" + sources.relativize(file).toString().replace('\\', '/'))
                    .filter(page -> !page.startsWith("/WEB-INF/"))
                    .sorted()
                    .toList();
        }
        for (String page : pages) {
            HttpResponse<String> answer = send(cookie, "GET", page, null, null);
            if (!answer.headers().allValues("Cache-Control").contains("no-store")) {
                stored.add(page + " (" + answer.statusCode() + ", "
                        + answer.headers().allValues("Cache-Control") + ")");
            }
        }
        assertThat(pages).hasSizeGreaterThan(40);
        assertThat(stored).isEmpty();
    }

    @Test
    void tooManyLoginRequestsFromOneAddressAre429WithRetryAfter() throws Exception {
        RawHttp.Answer last = null;
        for (int i = 0; i < PortalDeployment.LOGIN_REQUESTS_PER_MINUTE * 3; i++) {
            last = raw.send(raw.head("GET", "/api/auth/no-such-step", ""), new byte[0], "127.0.0.9");
            if (last.status() == 429) {
                break;
            }
        }
        assertThat(last.status()).isEqualTo(429);
        assertThat(last.header("Retry-After")).matches("[1-9][0-9]*");
        assertThat(last.isProblem()).isTrue();
        RawHttp.Answer otherAddress =
                raw.send(raw.head("GET", "/api/auth/no-such-step", ""), new byte[0], "127.0.0.10");
        assertThat(otherAddress.status()).isEqualTo(404);
    }

    private String origin() {
        return portal.getProtocol() + "://" + portal.getHost() + ":" + portal.getPort();
    }

    private String logIn() throws Exception {
        return new TokenLogin(portal.toExternalForm()).logInRegistered(RESIDENT, PIN, "ゆき");
    }

    /** A new draft of an online procedure of 千代田区 that asks for a telephone number. */
    private long draft(String cookie) throws Exception {
        HttpResponse<String> list = send(null, "GET", "/api/pittari/procedures?lg=131016", null, null);
        long procedure;
        try (JsonReader reader = Json.createReader(new StringReader(list.body()))) {
            procedure = reader.readArray().stream()
                    .map(JsonValue::asJsonObject)
                    .filter(p -> p.getBoolean("online"))
                    .findFirst()
                    .orElseThrow()
                    .getJsonNumber("id")
                    .longValue();
        }
        HttpResponse<String> started = send(
                cookie, "POST", "/api/pittari/applications", "application/json", "{\"procedureId\":" + procedure + "}");
        assertThat(started.statusCode()).as(started.body()).isEqualTo(201);
        return TokenLogin.json(started).getJsonNumber("id").longValue();
    }

    private JsonObject values(String cookie, long id) throws Exception {
        return TokenLogin.json(send(cookie, "GET", "/api/pittari/applications/" + id, null, null))
                .getJsonObject("values");
    }

    private URI uri(String path) {
        return URI.create(portal.toExternalForm().replaceAll("/$", "") + path);
    }

    private HttpResponse<String> send(String cookie, String method, String path, String type, String body)
            throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(uri(path))
                .timeout(Duration.ofSeconds(Integer.getInteger("mynaportal.test.http-timeout-seconds", 60)))
                .method(
                        method,
                        body == null
                                ? HttpRequest.BodyPublishers.noBody()
                                : HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8));
        if (type != null) {
            request.header("Content-Type", type);
        }
        if (cookie != null) {
            request.header("Cookie", cookie);
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }
}
