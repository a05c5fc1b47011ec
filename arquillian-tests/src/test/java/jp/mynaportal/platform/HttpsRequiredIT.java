package jp.mynaportal.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import jp.mynaportal.support.BehindAProxyPortal;
import jp.mynaportal.support.BesideTheSharedServers;
import jp.mynaportal.support.StandaloneMicro;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * The HTTPS rule of a portal behind a TLS-terminating proxy ({@code mynaportal.https.required} with
 * {@code mynaportal.https.proxy-header=X-Forwarded-Proto}; the demo otherwise, on an in-memory
 * database): what the proxy says came over HTTPS is served with HSTS; anything else is refused
 * before a page or a session exists. The portal is the standalone Micro it shares with
 * {@code SessionTimeoutIT} ({@link BehindAProxyPortal}).
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@BesideTheSharedServers
class HttpsRequiredIT {

    private final HttpClient http = HttpClient.newHttpClient();

    private StandaloneMicro micro;

    @BeforeAll
    void portalBehindAProxy() throws Exception {
        micro = BehindAProxyPortal.micro();
    }

    private HttpRequest.Builder request(String path) {
        return HttpRequest.newBuilder(URI.create(micro.address() + path));
    }

    @Test
    void aRequestTheProxyDidNotMarkAsHttpsIsRefusedWithoutASession() throws Exception {
        HttpResponse<String> response =
                http.send(request("/index.xhtml").GET().build(), HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).isEqualTo(403);
        assertThat(response.body()).contains("HTTPS");
        assertThat(response.headers().firstValue("Set-Cookie")).isEmpty();
    }

    @Test
    void aPostThatCameOverPlainHttpIsRefused() throws Exception {
        HttpResponse<String> response = http.send(
                request("/pittari/search.xhtml")
                        .header(BehindAProxyPortal.PROXY_HEADER, "http")
                        .POST(HttpRequest.BodyPublishers.ofString("q=1"))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).isEqualTo(403);
    }

    @Test
    void aRequestTheProxyMarkedAsHttpsIsServedWithHsts() throws Exception {
        HttpResponse<String> response = http.send(
                request("/index.xhtml")
                        .header(BehindAProxyPortal.PROXY_HEADER, "https")
                        .GET()
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Strict-Transport-Security")).contains("max-age=31536000");
    }
}
