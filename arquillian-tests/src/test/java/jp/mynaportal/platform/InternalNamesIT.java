package jp.mynaportal.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
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
 * What an anonymous visitor can learn about the server: no management endpoint (metrics, health,
 * OpenAPI, WADL) answers, no error page is the container's own or names the server, and no page
 * of the portal carries an internal path or class name, whether the visitor is logged in or not.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class InternalNamesIT {

    /** What would name the server, its paths or its classes. */
    private static final Pattern INTERNAL_NAME = Pattern.compile(
            "WEB-INF|Exception|errorPages|jp\\.mynaportal|payara|glassfish|grizzly|eclipselink|\\.wadl",
            Pattern.CASE_INSENSITIVE);

    private final HttpClient http =
            HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    @ArquillianResource
    private URL portal;

    @Deployment
    static WebArchive portal() {
        return PortalDeployment.sharedH2();
    }

    /**
     * Resets the card of the resident who logs in (other tests may have locked it). With a
     * {@code @BeforeEach} method, Arquillian's JUnit 5 extension injects {@link #portal}: without
     * one, it stays null.
     */
    @BeforeEach
    void freshCard() {
        DevelopmentPki.openOrCreate(Path.of("data", "pki"))
                .resetPin(
                        new CardFile(Path.of("data", "cards", "hanako" + CardFile.EXTENSION)),
                        PinKind.AUTH,
                        "1234".toCharArray());
    }

    @Test
    void noManagementEndpointAnswersAnAnonymousVisitor() throws Exception {
        for (String path : List.of(
                "/metrics",
                "/metrics/base",
                "/metrics/application",
                "/health",
                "/health/ready",
                "/health/live",
                "/openapi",
                "/api/application.wadl",
                "/api/application.wadl?detail=true")) {
            HttpResponse<String> answer = send("GET", path, "");
            assertThat(answer.statusCode()).as("status of %s", path).isIn(403, 404);
            assertNoInternalNames(path, answer);
        }
    }

    @Test
    void anOptionsRequestDoesNotDescribeTheApi() throws Exception {
        for (String path : List.of("/api/auth/challenge", "/api/pittari/applications/1", "/api")) {
            HttpResponse<String> answer = send("OPTIONS", path, "");
            assertThat(answer.body()).as("OPTIONS %s", path).doesNotContainIgnoringCase("<application");
            assertNoInternalNames(path, answer);
        }
    }

    @Test
    void everyErrorAnswerIsThePortalsOwn() throws Exception {
        for (String request : List.of(
                "GET /no-such-page.xhtml",
                "GET /no-such-file.txt",
                "GET /api/no-such-resource",
                "TRACE /",
                "POST /api/auth/token")) {
            String[] methodAndPath = request.split(" ", 2);
            HttpResponse<String> answer = send(methodAndPath[0], methodAndPath[1], "");
            assertThat(answer.statusCode()).as("status of %s", request).isBetween(400, 499);
            assertNoInternalNames(request, answer);
        }
    }

    @Test
    void aMalformedAddressGetsNoAnswerThatNamesTheServer() throws Exception {
        String answer = raw("GET /%zz%ff HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n");
        assertThat(INTERNAL_NAME.matcher(answer).find())
                .as("internal names in %s", answer)
                .isFalse();
        assertThat(answer.toLowerCase(Locale.ROOT)).doesNotContain("\r\nserver:");
    }

    @Test
    void noPageNamesInternalsToAnAnonymousVisitor() throws Exception {
        for (String page : pages()) {
            assertNoInternalNames(page, send("GET", page, ""));
        }
    }

    @Test
    void noPageNamesInternalsToALoggedInResident() throws Exception {
        String cookie = new TokenLogin(portal.toExternalForm()).logIn("hanako", "1234");
        for (String page : pages()) {
            assertNoInternalNames(page, send("GET", page, cookie));
        }
    }

    /** Every page of the portal, by its address. */
    private static List<String> pages() throws IOException {
        List<String> pages = PortalPages.all();
        assertThat(pages).contains("/index.xhtml", "/pittari/search.xhtml");
        return pages;
    }

    private static void assertNoInternalNames(String what, HttpResponse<String> answer) {
        assertThat(answer.statusCode()).as("status of %s", what).isLessThan(500);
        assertThat(INTERNAL_NAME.matcher(answer.body()).find())
                .as("internal names in the answer to %s: %s", what, answer.body())
                .isFalse();
        assertThat(answer.headers().firstValue("Server"))
                .as("Server header of %s", what)
                .isEmpty();
        assertThat(answer.headers().firstValue("X-Powered-By"))
                .as("X-Powered-By header of %s", what)
                .isEmpty();
    }

    private HttpResponse<String> send(String method, String path, String cookie) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(
                        URI.create(portal.toExternalForm().replaceAll("/$", "") + path))
                .timeout(Duration.ofSeconds(60))
                .method(method, HttpRequest.BodyPublishers.noBody());
        if (!cookie.isEmpty()) {
            request.header("Cookie", cookie);
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    /** A request written byte for byte, for what HTTP clients refuse to send. */
    private String raw(String request) throws IOException {
        try (Socket socket = new Socket(portal.getHost(), portal.getPort())) {
            socket.setSoTimeout(30_000);
            OutputStream out = socket.getOutputStream();
            out.write(request.getBytes(StandardCharsets.ISO_8859_1));
            out.flush();
            InputStream in = socket.getInputStream();
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
