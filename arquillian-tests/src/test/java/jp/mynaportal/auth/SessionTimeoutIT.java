package jp.mynaportal.auth;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Map;
import jp.mynaportal.card.api.PinKind;
import jp.mynaportal.card.devpki.DevelopmentPki;
import jp.mynaportal.card.virtual.CardFile;
import jp.mynaportal.support.BehindAProxyPortal;
import jp.mynaportal.support.BesideTheSharedServers;
import jp.mynaportal.support.StandaloneMicro;
import jp.mynaportal.support.TokenLogin;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * The absolute session timeout (here shortened to {@value #ABSOLUTE_SECONDS} seconds): a session
 * that keeps being used still ends when its time is up, and the next page says so on the login
 * page; a REST session of the same age ends at the same time. The test uses the session every
 * quarter second until it ends, at most a minute longer. The portal is the Micro deliverable in a
 * process of its own, in the demo profile on an in-memory database, which it shares with {@code
 * HttpsRequiredIT} ({@link BehindAProxyPortal}): every request here says, as the proxy would, that
 * it came over HTTPS.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@BesideTheSharedServers
class SessionTimeoutIT {

    private static final int ABSOLUTE_SECONDS = BehindAProxyPortal.ABSOLUTE_SECONDS;

    private static final Map<String, String> OVER_HTTPS = Map.of(BehindAProxyPortal.PROXY_HEADER, "https");

    private final HttpClient http = HttpClient.newHttpClient();

    private StandaloneMicro micro;
    private Path data;

    @BeforeAll
    void portalWithAShortSession() throws Exception {
        micro = BehindAProxyPortal.micro();
        data = micro.folder().resolve("data");
    }

    private String location(String cookie, String path) throws Exception {
        HttpResponse<Void> response = http.send(
                HttpRequest.newBuilder(URI.create(micro.address() + path))
                        .header("Cookie", cookie)
                        .header(BehindAProxyPortal.PROXY_HEADER, "https")
                        .build(),
                HttpResponse.BodyHandlers.discarding());
        return response.statusCode() + " "
                + response.headers().firstValue("Location").orElse("");
    }

    @BeforeEach
    void freshCard() {
        DevelopmentPki.openOrCreate(data.resolve("pki"))
                .resetPin(
                        new CardFile(data.resolve("cards").resolve("yuki" + CardFile.EXTENSION)),
                        PinKind.AUTH,
                        "3456".toCharArray());
    }

    @Test
    void aSessionInUseEndsAtTheAbsoluteTimeoutAndTheLoginPageSaysSo() throws Exception {
        Instant beforeLogin = Instant.now();
        String cookie = new TokenLogin(micro.address(), data.resolve("cards"), OVER_HTTPS).logIn("yuki", "3456");
        // a second session of the same age, used over REST only: refused by its role while in time
        String api = new TokenLogin(micro.address(), data.resolve("cards"), OVER_HTTPS).logIn("yuki", "3456");
        assertThat(location(api, "/api/pittari/applications/1")).startsWith("403");
        // logged in, not yet registered: every page leads to 利用者登録
        assertThat(location(cookie, "/pittari/apply/resume.xhtml"))
                .startsWith("302")
                .contains("/account/register.xhtml");
        Instant end = beforeLogin.plusSeconds(ABSOLUTE_SECONDS);
        Instant giveUp = end.plusSeconds(60);
        int pagesInTime = 0;
        String page = location(cookie, "/account/register.xhtml");
        while (page.startsWith("200") && Instant.now().isBefore(giveUp)) {
            if (Instant.now().isBefore(end)) {
                pagesInTime++;
            }
            Thread.sleep(250);
            page = location(cookie, "/account/register.xhtml");
        }
        assertThat(Instant.now())
                .as("the session ended no earlier than its timeout")
                .isAfterOrEqualTo(end);
        assertThat(pagesInTime).as("pages served while the session was in time").isPositive();
        assertThat(page).startsWith("302").contains("/auth/login.xhtml?expired=true");
        assertThat(location(cookie, "/account/register.xhtml"))
                .startsWith("302")
                .doesNotContain("expired");
        // the REST session (logged in a moment later) ends at its absolute timeout too: no longer
        // refused by its role but unauthenticated
        String rest = location(api, "/api/pittari/applications/1");
        while (rest.startsWith("403") && Instant.now().isBefore(giveUp)) {
            Thread.sleep(250);
            rest = location(api, "/api/pittari/applications/1");
        }
        assertThat(rest).startsWith("401");
    }
}
