package jp.mynaportal.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URL;
import java.nio.charset.StandardCharsets;
import jp.mynaportal.support.PortalDeployment;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Requests that Payara's HTTP layer (Grizzly, then Catalina's adapter) could answer before the
 * portal sees them, one class each, written byte for byte. Where the hardening settings let such a
 * request through (a body on a GET, HEAD or DELETE) or the platform lets it pass as if it were
 * well formed (two {@code Host} headers, an unknown transfer coding), the portal refuses it with
 * its own Japanese page, or a problem document under {@code /api/}. Where the platform answers
 * before any hook the portal has (docs/ARCHITECTURE.md, "Requests the HTTP layer answers"), the
 * answer is a 4xx without a body and without the server's name.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class HttpLayerRefusalsIT {

    private static final String MALFORMED_TITLE = "リクエストの形式が正しくありません";

    @ArquillianResource
    private URL portal;

    private RawHttp raw;

    @Deployment
    static WebArchive portal() {
        return PortalDeployment.sharedH2();
    }

    /** Arquillian injects the address in the lifecycle of a test, which needs a method of its own here. */
    @BeforeEach
    void rawHttpToThePortal() {
        raw = new RawHttp(portal);
    }

    @Test
    void aBodyOnADeleteToTheApiIsAProblemDocument() throws Exception {
        RawHttp.Answer answer = raw.send("DELETE", "/api/pittari/procedures", "Content-Length: 3\r\n", bytes("abc"));

        assertProblem(answer, 400);
    }

    @Test
    void aBodyOnAGetOfAPageIsTheJapanesePage() throws Exception {
        RawHttp.Answer answer = raw.send("GET", "/index.xhtml", "Content-Length: 3\r\n", bytes("abc"));

        assertPage(answer, 400);
    }

    @Test
    void aChunkedBodyOnAHeadIsRefused() throws Exception {
        RawHttp.Answer answer =
                raw.send("HEAD", "/index.xhtml", "Transfer-Encoding: chunked\r\n", bytes("3\r\nabc\r\n0\r\n\r\n"));

        assertThat(answer.status()).isEqualTo(400);
        assertThat(answer.header("Server")).isNull();
    }

    @Test
    void twoHostHeadersAreThePortalsRefusal() throws Exception {
        RawHttp.Answer answer = raw.send(
                "GET /index.xhtml HTTP/1.1\r\nHost: " + hostAndPort()
                        + "\r\nHost: other.example\r\nConnection: close\r\n\r\n",
                new byte[0],
                null);

        assertPage(answer, 400);
    }

    @Test
    void aTransferCodingOtherThanChunkedIsAProblemDocument() throws Exception {
        RawHttp.Answer answer = raw.send(
                "POST",
                "/api/pittari/procedures",
                "Content-Type: application/json\r\nTransfer-Encoding: gzip\r\n",
                new byte[0]);

        assertProblem(answer, 400);
    }

    @Test
    void transferEncodingBesideContentLengthIsAnEmpty400WithoutTheServersName() throws Exception {
        RawHttp.Answer answer = raw.send(
                "POST",
                "/api/pittari/procedures",
                "Content-Type: application/json\r\nTransfer-Encoding: chunked\r\nContent-Length: 7\r\n",
                bytes("2\r\n{}\r\n0\r\n\r\n"));

        assertPlatformRefusal(answer, 400);
    }

    @Test
    void anAddressThatIsNotUtf8IsAnEmpty400WithoutTheServersName() throws Exception {
        RawHttp.Answer answer = raw.send("GET", "/%ff%fe", "", new byte[0]);

        assertPlatformRefusal(answer, 400);
    }

    @Test
    void anAddressWithATraversalIsAnEmpty400WithoutTheServersName() throws Exception {
        RawHttp.Answer answer = raw.send("GET", "/../WEB-INF/web.xml", "", new byte[0]);

        assertPlatformRefusal(answer, 400);
    }

    @Test
    void aRequestLineLongerThanTheHeaderBufferIsAnEmpty400WithoutTheServersName() throws Exception {
        RawHttp.Answer answer = raw.send("GET", "/index.xhtml?q=" + "a".repeat(20_000), "", new byte[0]);

        assertPlatformRefusal(answer, 400);
    }

    @Test
    void tooManyHeadersAreAnEmpty400WithoutTheServersName() throws Exception {
        StringBuilder headers = new StringBuilder();
        for (int i = 0; i < 200; i++) {
            headers.append("X-Header-").append(i).append(": v\r\n");
        }
        RawHttp.Answer answer = raw.send("GET", "/index.xhtml", headers.toString(), new byte[0]);

        assertPlatformRefusal(answer, 400);
    }

    @Test
    void aMissingHostIsAnEmpty400WithoutTheServersName() throws Exception {
        RawHttp.Answer answer = raw.send("GET /index.xhtml HTTP/1.1\r\nConnection: close\r\n\r\n", new byte[0], null);

        assertPlatformRefusal(answer, 400);
    }

    @Test
    void anUnreadableContentLengthIsAnEmpty400WithoutTheServersName() throws Exception {
        RawHttp.Answer answer = raw.send("POST", "/index.xhtml", "Content-Length: abc\r\n", new byte[0]);

        assertPlatformRefusal(answer, 400);
    }

    @Test
    void aBrokenChunkIsAnEmpty400WithoutTheServersName() throws Exception {
        RawHttp.Answer answer = raw.send(
                "POST",
                "/api/pittari/procedures",
                "Content-Type: application/json\r\nTransfer-Encoding: chunked\r\n",
                bytes("zz\r\n{}\r\n0\r\n\r\n"));

        assertPlatformRefusal(answer, 400);
    }

    @Test
    void aTraceIsAnEmpty405WithoutTheServersName() throws Exception {
        RawHttp.Answer answer = raw.send("TRACE", "/index.xhtml", "Cookie: JSESSIONID=secret\r\n", new byte[0]);

        assertPlatformRefusal(answer, 405);
    }

    @Test
    void anUnknownHttpVersionIsAnEmpty505WithoutTheServersName() throws Exception {
        RawHttp.Answer answer = raw.send(
                "GET /index.xhtml HTTP/9.9\r\nHost: " + hostAndPort() + "\r\nConnection: close\r\n\r\n",
                new byte[0],
                null);

        assertThat(answer.status()).isEqualTo(505);
        assertThat(answer.body()).isEmpty();
        assertThat(answer.header("Server")).isNull();
    }

    /**
     * An escape that is not two hex digits fails in Grizzly's URI decoder with an exception that
     * Catalina's adapter does not turn into a status (docs/ARCHITECTURE.md): the answer carries
     * nothing, neither a page nor the server's name, and is never a server error.
     */
    @Test
    void anEscapeThatIsNotHexCarriesNothingAndIsNoServerError() throws Exception {
        RawHttp.Answer answer = raw.send("GET", "/%zz%ff", "", new byte[0]);

        assertThat(answer.status()).isBetween(200, 499);
        assertThat(answer.body()).isEmpty();
        assertThat(answer.header("Server")).isNull();
        assertThat(answer.header("X-Powered-By")).isNull();
    }

    private static void assertPage(RawHttp.Answer answer, int status) {
        assertThat(answer.status()).as(answer.text()).isEqualTo(status);
        assertThat(answer.header("Content-Type")).isEqualToIgnoringCase("text/html;charset=UTF-8");
        assertThat(answer.body()).contains("lang=\"ja\"", MALFORMED_TITLE);
        assertThat(answer.header("Server")).isNull();
    }

    private static void assertProblem(RawHttp.Answer answer, int status) {
        assertThat(answer.status()).as(answer.text()).isEqualTo(status);
        assertThat(answer.isProblem()).as(answer.header("Content-Type")).isTrue();
        assertThat(answer.body()).contains("\"status\":" + status);
        assertThat(answer.header("Server")).isNull();
    }

    private static void assertPlatformRefusal(RawHttp.Answer answer, int status) {
        assertThat(answer.status()).as(answer.text()).isEqualTo(status);
        assertThat(answer.body()).isEmpty();
        assertThat(answer.header("Server")).isNull();
        assertThat(answer.header("X-Powered-By")).isNull();
    }

    private String hostAndPort() {
        return portal.getHost() + ":" + portal.getPort();
    }

    private static byte[] bytes(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }
}
