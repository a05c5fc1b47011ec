package jp.mynaportal.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Map;
import jp.mynaportal.support.PortalDeployment;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The HTTPS rule of a portal behind a TLS-terminating proxy ({@code mynaportal.https.required} with
 * {@code mynaportal.https.proxy-header=X-Forwarded-Proto}): what the proxy says came over HTTPS is
 * served with HSTS; anything else is refused before a page or a session exists.
 */
@ExtendWith(ArquillianExtension.class)
class HttpsRequiredIT {

    private final HttpClient http = HttpClient.newHttpClient();

    @ArquillianResource
    private URL portal;

    @Deployment(testable = false)
    static WebArchive portal() {
        return PortalDeployment.onH2(
                "https_required_it",
                Map.of("mynaportal.https.required", "true", "mynaportal.https.proxy-header", "X-Forwarded-Proto"));
    }

    private HttpRequest.Builder request(String path) {
        return HttpRequest.newBuilder(URI.create(portal.toExternalForm().replaceAll("/$", "") + path));
    }

    @Test
    void aRequestTheProxyDidNotMarkAsHttpsIsRefusedWithoutASession() throws Exception {
        HttpResponse<String> response = http.send(request("/").GET().build(), HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).isEqualTo(403);
        assertThat(response.body()).contains("HTTPS");
        assertThat(response.headers().firstValue("Set-Cookie")).isEmpty();
    }

    @Test
    void aPostThatCameOverPlainHttpIsRefused() throws Exception {
        HttpResponse<String> response = http.send(
                request("/pittari/search.xhtml")
                        .header("X-Forwarded-Proto", "http")
                        .POST(HttpRequest.BodyPublishers.ofString("q=1"))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).isEqualTo(403);
    }

    @Test
    void aRequestTheProxyMarkedAsHttpsIsServedWithHsts() throws Exception {
        HttpResponse<String> response = http.send(
                request("/index.xhtml")
                        .header("X-Forwarded-Proto", "https")
                        .GET()
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Strict-Transport-Security")).contains("max-age=31536000");
    }
}
