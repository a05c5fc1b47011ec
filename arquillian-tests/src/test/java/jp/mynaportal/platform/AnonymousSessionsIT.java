package jp.mynaportal.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
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
 * Reading the portal anonymously creates no server session: the top page, the about pages, the
 * search and a procedure, the error pages and a REST read answer without a session cookie, also
 * in English (the language is a cookie of its own). Only what needs one (a login, choosing a
 * municipality) creates a session; a flood of anonymous visits therefore costs no memory.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class AnonymousSessionsIT {

    private static final List<String> ANONYMOUS_READS = List.of(
            "/",
            "/index.xhtml",
            "/about/privacy.xhtml",
            "/about/terms.xhtml",
            "/about/accessibility.xhtml",
            "/about/environment.xhtml",
            "/pittari/index.xhtml",
            "/pittari/search.xhtml?lg=131016",
            "/pittari/region.xhtml",
            "/no-such-page.xhtml",
            "/api/pittari/procedures?lg=131016");

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
    void anonymousReadsOfPagesAndTheApiSetNoSessionCookie() throws Exception {
        assertThat(sessionCookiesOf(ANONYMOUS_READS, null)).isEmpty();
    }

    @Test
    void anonymousReadsInEnglishSetNoSessionCookieEither() throws Exception {
        assertThat(sessionCookiesOf(ANONYMOUS_READS, "MYNALANG=en")).isEmpty();
        HttpResponse<String> top = get("/index.xhtml", "MYNALANG=en");
        assertThat(top.body()).contains("lang=\"en\"");
    }

    /** The pages (by address) whose answer set a session cookie, with the cookie. */
    private List<String> sessionCookiesOf(List<String> paths, String cookie) throws Exception {
        List<String> found = new ArrayList<>();
        for (String path : paths) {
            HttpResponse<String> answer = get(path, cookie);
            assertThat(answer.statusCode()).as(path).isLessThan(500);
            answer.headers().allValues("Set-Cookie").stream()
                    .filter(c -> c.startsWith("MYNASESSION=") || c.startsWith("JSESSIONID="))
                    .forEach(c -> found.add(path + ": " + c));
        }
        return found;
    }

    private HttpResponse<String> get(String path, String cookie) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + path));
        if (cookie != null) {
            request.header("Cookie", cookie);
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }
}
