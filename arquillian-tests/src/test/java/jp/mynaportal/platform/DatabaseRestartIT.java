package jp.mynaportal.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import jp.mynaportal.card.api.PinKind;
import jp.mynaportal.card.devpki.DevelopmentPki;
import jp.mynaportal.card.virtual.CardFile;
import jp.mynaportal.support.LocalPostgresServer;
import jp.mynaportal.support.StandaloneMicro;
import jp.mynaportal.support.TokenLogin;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * The portal on a PostgreSQL server of its own that the test stops and starts again, without
 * restarting the portal: while the server is down, what needs the database answers 503 at once
 * (a page with Retry-After, JSON for the API) and the top page is still served; once it is back,
 * logins and searches work again within 10 seconds. The portal is the Micro deliverable in a process
 * of its own, in the demo profile on that server.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class DatabaseRestartIT {

    private static final String SEARCH = "/pittari/search.xhtml?lg=131105&mode=list";
    private static final Duration RECOVERY = Duration.ofSeconds(10);
    private static final Duration QUICKLY = Duration.ofSeconds(5);

    private LocalPostgresServer database;
    private StandaloneMicro micro;
    private Path data;

    private final HttpClient http =
            HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    @BeforeAll
    void startPortalOnItsOwnDatabaseServer() throws Exception {
        database = LocalPostgresServer.start();
        micro = StandaloneMicro.start(Map.of(
                "MYNAPORTAL_PROFILE", "demo",
                "MYNAPORTAL_DB_URL", database.url(),
                "MYNAPORTAL_DB_USER", "postgres",
                "MYNAPORTAL_DB_PASSWORD", "",
                "MYNAPORTAL_PITTARI_PAGE_CACHE_SECONDS", "0"));
        assertThat(micro.log()).as("the portal started").contains("ready in");
        data = micro.folder().resolve("data");
    }

    @AfterAll
    void stopPortalAndDatabase() throws Exception {
        try {
            if (micro != null) {
                micro.close();
            }
        } finally {
            if (database != null) {
                database.close();
            }
        }
    }

    @BeforeEach
    void portalInUse() throws Exception {
        DevelopmentPki pki = DevelopmentPki.openOrCreate(data.resolve("pki"));
        pki.resetPin(
                new CardFile(data.resolve("cards").resolve("yuki" + CardFile.EXTENSION)),
                PinKind.AUTH,
                "3456".toCharArray());
        pki.resetPin(
                new CardFile(data.resolve("cards").resolve("hanako" + CardFile.EXTENSION)),
                PinKind.AUTH,
                "1234".toCharArray());
        // the pool holds connections that the restart will kill
        login().logIn("yuki", "3456");
        assertThat(get(SEARCH, "").statusCode()).isEqualTo(200);
    }

    @AfterEach
    void databaseRunning() {
        database.ensureRunning();
    }

    @Test
    void whileTheDatabaseIsDownTheSearchPageAnswers503WithRetryAfterQuickly() throws Exception {
        database.stop();
        Instant asked = Instant.now();
        HttpResponse<String> page = get(SEARCH, "");
        assertThat(Duration.between(asked, Instant.now())).isLessThan(QUICKLY);
        assertThat(page.statusCode()).isEqualTo(503);
        assertThat(page.headers().firstValue("Retry-After")).hasValue("30");
        assertThat(page.body()).contains("ただいまご利用いただけません").doesNotContain("Exception");
    }

    @Test
    void whileTheDatabaseIsDownTheApiAnswersJson503() throws Exception {
        database.stop();
        // a login challenge is kept in the database
        HttpResponse<String> answer = get("/api/auth/challenge", "");
        assertThat(answer.statusCode()).isEqualTo(503);
        assertThat(answer.headers().firstValue("Content-Type"))
                .hasValueSatisfying(type -> assertThat(type).startsWith("application/json"));
        assertThat(TokenLogin.json(answer).getString("result")).isEqualTo("DATABASE_UNAVAILABLE");
    }

    @Test
    void whileTheDatabaseIsDownTheTopPageIsServed() throws Exception {
        database.stop();
        HttpResponse<String> top = get("/", "");
        assertThat(top.statusCode()).isEqualTo(200);
        assertThat(top.body()).contains("マイナポータル");
    }

    @Test
    void whileTheDatabaseIsDownAFormSentInTheBrowserKeepsWhatWasTypedAndSaysSo() {
        org.openqa.selenium.chrome.ChromeDriver browser = jp.mynaportal.support.Browser.start();
        try {
            org.openqa.selenium.support.ui.WebDriverWait waiting =
                    new org.openqa.selenium.support.ui.WebDriverWait(browser, Duration.ofSeconds(30));
            browser.get(micro.address() + "/auth/login.xhtml");
            new org.openqa.selenium.support.ui.Select(browser.findElement(org.openqa.selenium.By.id("login:reader")))
                    .selectByValue("Virtual JPKI reader hanako");
            browser.findElement(org.openqa.selenium.By.id("login:password")).sendKeys("1234");
            browser.findElement(org.openqa.selenium.By.id("login:next")).click();
            waiting.until(org.openqa.selenium.support.ui.ExpectedConditions.urlContains("/account/register.xhtml"));
            browser.findElement(org.openqa.selenium.By.id("register:nickname")).sendKeys("はなこさん");
            browser.findElement(org.openqa.selenium.By.id("register:terms")).click();

            database.stop();
            browser.findElement(org.openqa.selenium.By.id("register:submit")).click();

            waiting.until(org.openqa.selenium.support.ui.ExpectedConditions.visibilityOfElementLocated(
                    org.openqa.selenium.By.id("database-unavailable-message")));
            assertThat(browser.findElement(org.openqa.selenium.By.id("database-unavailable-message"))
                            .getText())
                    .isNotBlank();
            assertThat(browser.findElement(org.openqa.selenium.By.id("register:nickname"))
                            .getAttribute("value"))
                    .as("what was typed is still there")
                    .isEqualTo("はなこさん");
            assertThat(browser.findElement(org.openqa.selenium.By.id("register:terms"))
                            .isSelected())
                    .isTrue();
            assertThat(browser.getCurrentUrl()).contains("/account/register.xhtml");
        } finally {
            browser.quit();
        }
    }

    @Test
    void afterTheDatabaseRestartedLoginsAndSearchesWorkWithinTenSeconds() throws Exception {
        database.stop();
        database.startAgain();
        Instant back = Instant.now();
        Instant deadline = back.plus(RECOVERY);
        boolean recovered = false;
        while (!recovered && Instant.now().isBefore(deadline)) {
            recovered = get(SEARCH, "").statusCode() == 200 && logIn();
            if (!recovered) {
                Thread.sleep(250);
            }
        }
        assertThat(recovered)
                .as("a search and a login succeed within " + RECOVERY + " of the restart")
                .isTrue();
        assertThat(get(SEARCH, "").statusCode()).isEqualTo(200);
    }

    private TokenLogin login() {
        return new TokenLogin(micro.address(), data.resolve("cards"));
    }

    private boolean logIn() throws Exception {
        try {
            login().logIn("yuki", "3456");
            return true;
        } catch (IllegalStateException | java.util.NoSuchElementException refused) {
            return false;
        }
    }

    private HttpResponse<String> get(String path, String cookie) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(micro.address() + path))
                .timeout(Duration.ofSeconds(60))
                .header("Accept-Language", "ja");
        if (!cookie.isEmpty()) {
            request.header("Cookie", cookie);
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }
}
