package jp.mynaportal.auth;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import jp.mynaportal.card.devpki.DevelopmentPki;
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
 * One set of session rules for REST clients and pages: a REST client logs out and its session
 * cookie authenticates nothing afterwards; a revoked login certificate ends every session it opened
 * at that session's next request (REST answers 401, a page goes to the login page that says why).
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class SessionRulesIT {

    /** A protected REST address: 404 for a logged-in resident (no such application), 401 for nobody. */
    private static final String PROTECTED_API = "/api/pittari/applications/987654321";

    private static final String PROTECTED_PAGE = "/usage/history.xhtml";

    @ArquillianResource
    private URL portal;

    private String base;
    private final HttpClient http = HttpClient.newBuilder()
            .connectTimeout(Duration.ofSeconds(5))
            .followRedirects(HttpClient.Redirect.NEVER)
            .build();

    @Deployment
    static WebArchive portal() {
        return PortalDeployment.sharedH2();
    }

    @BeforeEach
    void base() {
        base = portal.toExternalForm().replaceAll("/$", "");
    }

    @Test
    void aRestClientLogsOutAndItsSessionCookieAuthenticatesNothingAfterwards() throws Exception {
        String cookie = new TokenLogin(base).logInRegistered("hanako", "1234", "はなこ");
        assertThat(get(PROTECTED_API, cookie).statusCode()).isEqualTo(404);

        HttpResponse<String> logout = http.send(
                HttpRequest.newBuilder(URI.create(base + "/api/auth/logout"))
                        .header("Cookie", cookie)
                        .POST(HttpRequest.BodyPublishers.noBody())
                        .build(),
                HttpResponse.BodyHandlers.ofString());

        assertThat(logout.statusCode()).isEqualTo(204);
        assertThat(get(PROTECTED_API, cookie).statusCode()).isEqualTo(401);
    }

    @Test
    void aRevokedLoginCertificateEndsTheSessionsItOpenedAtTheirNextRequest() throws Exception {
        TokenLogin login = new TokenLogin(base);
        String restSession = login.logInRegistered("yuki", "3456", "ゆき");
        String pageSession = login.logIn("yuki", "3456");
        assertThat(get(PROTECTED_API, restSession).statusCode()).isEqualTo(404);
        assertThat(get(PROTECTED_PAGE, pageSession).statusCode()).isEqualTo(200);

        DevelopmentPki pki = DevelopmentPki.openOrCreate(Path.of("data", "pki"));
        pki.hold("yuki");
        try {
            pki.publishCrls(Path.of("data", "pki"), Duration.ofDays(7));

            assertThat(get(PROTECTED_API, restSession).statusCode()).isEqualTo(401);
            HttpResponse<String> page = get(PROTECTED_PAGE, pageSession);
            assertThat(page.statusCode()).isEqualTo(302);
            assertThat(page.headers().firstValue("Location").orElse("")).contains("/auth/login.xhtml?revoked=true");
            // the session is gone: the next request is anonymous, not revoked again
            assertThat(get(PROTECTED_API, restSession).statusCode()).isEqualTo(401);
        } finally {
            pki.release("yuki");
            pki.publishCrls(Path.of("data", "pki"), Duration.ofDays(7));
        }
    }

    private HttpResponse<String> get(String path, String cookie) throws Exception {
        return http.send(
                HttpRequest.newBuilder(URI.create(base + path))
                        .header("Cookie", cookie)
                        .header("Accept", "application/json, text/html")
                        .build(),
                HttpResponse.BodyHandlers.ofString());
    }
}
