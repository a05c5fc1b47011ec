package jp.mynaportal.usage;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import jp.mynaportal.card.api.PinKind;
import jp.mynaportal.card.devpki.DevelopmentPki;
import jp.mynaportal.card.virtual.CardFile;
import jp.mynaportal.support.BesideTheSharedServers;
import jp.mynaportal.support.Browser;
import jp.mynaportal.support.PortalBrowser;
import jp.mynaportal.support.StandaloneMicro;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * 利用履歴 in a real Chromium: log in with a demo card, reach the screen from its top-page tile,
 * see the login, filter by kind, page (two entries a page here), refuse a bad period beside its
 * field, download the CSV with the session; axe-core clean, no CSP violation, no sideways
 * scrolling at 360 px. It counts a resident's entries from the first login on, so it runs on a
 * portal of its own (a standalone Micro with a fresh database and cards, two entries a page) in
 * the second lane, with a Chromium of its own.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@BesideTheSharedServers
class UsageHistoryBrowserIT {

    private static final String READER = "Virtual JPKI reader ";

    private StandaloneMicro micro;
    private ChromeDriver browser;

    @BeforeAll
    void startPortalAndBrowser() throws Exception {
        micro = StandaloneMicro.start(Map.of(
                "MYNAPORTAL_PROFILE", "demo",
                "MYNAPORTAL_USAGE_PAGE_SIZE", "2"));
        assertThat(micro.log()).as("the portal started").contains("ready in");
        browser = Browser.start();
    }

    @AfterAll
    void stopBrowserAndPortal() throws Exception {
        try {
            if (browser != null) {
                browser.quit();
            }
        } finally {
            if (micro != null) {
                micro.close();
            }
        }
    }

    @BeforeEach
    void freshVisitor() {
        browser.manage().window().setSize(new Dimension(1280, 900));
        open("/");
        browser.manage().deleteAllCookies();
    }

    private void open(String path) {
        browser.get(micro.address() + path);
    }

    private void assertAccessible(String page) {
        assertThat(Browser.seriousAccessibilityViolations(browser)).as(page).isEmpty();
        assertThat(Browser.contentSecurityPolicyViolations(browser)).as(page).isEmpty();
    }

    private void logIn() {
        Path data = micro.folder().resolve("data");
        DevelopmentPki.openOrCreate(data.resolve("pki"))
                .resetPin(
                        new CardFile(data.resolve("cards").resolve("taro" + CardFile.EXTENSION)),
                        PinKind.AUTH,
                        "2345".toCharArray());
        open("/auth/login.xhtml");
        PortalBrowser.logInOnTheLoginPage(browser, READER + "taro", "2345", "たろう");
    }

    private List<String> actions() {
        return browser.findElements(By.cssSelector("#usage-entries .usage-entry")).stream()
                .map(row -> row.getAttribute("data-action"))
                .toList();
    }

    @Test
    void showsFiltersPagesAndDownloadsTheResidentsOwnHistory() throws Exception {
        logIn();
        open("/");
        browser.findElement(By.id("logout:submit")).click();
        PortalBrowser.waiting(browser).until(ExpectedConditions.visibilityOfElementLocated(By.id("login-link")));
        logIn();

        open("/");
        browser.findElement(By.cssSelector("[data-service='usage']")).click();
        PortalBrowser.waiting(browser).until(ExpectedConditions.urlContains("/usage/history.xhtml"));
        WebElement newest = browser.findElement(By.cssSelector("#usage-entries .usage-entry"));
        assertThat(newest.getAttribute("data-action")).isEqualTo("LOGIN");
        assertThat(newest.getText()).contains("ログイン").contains("本人").contains("成功");
        assertThat(browser.findElement(By.id("usage-count")).getText()).matches("全[3-9]件（1／[2-5]ページ）");
        assertAccessible("利用履歴");

        for (String other : List.of("account", "application", "access_by_others")) {
            browser.findElement(By.id("kind-" + other)).click();
        }
        browser.findElement(By.id("usage-show")).click();
        PortalBrowser.waiting(browser).until(ExpectedConditions.urlContains("kind=login"));
        assertThat(browser.findElement(By.id("usage-count")).getText()).startsWith("全3件");
        assertThat(actions()).containsExactly("LOGIN", "LOGOUT");

        browser.findElement(By.id("usage-next")).click();
        PortalBrowser.waiting(browser).until(ExpectedConditions.urlContains("page=2"));
        assertThat(actions()).containsExactly("LOGIN");
        assertThat(browser.findElement(By.id("kind-login")).isSelected()).isTrue();
        assertThat(browser.findElement(By.id("kind-account")).isSelected()).isFalse();
        assertThat(browser.findElements(By.id("usage-next"))).isEmpty();
        assertThat(browser.findElement(By.id("usage-previous")).isDisplayed()).isTrue();
        assertAccessible("利用履歴 page 2");

        assertThat(PortalBrowser.overflowingAt(browser, 360))
                .as("利用履歴 at 360 px")
                .isEmpty();
        browser.manage().window().setSize(new Dimension(1280, 900));

        open("/usage/history.xhtml?from=2026-12-02&to=2026-12-01");
        assertThat(browser.findElement(By.id("to-message")).getText()).contains("終了日は開始日と同じか");
        assertThat(browser.findElement(By.id("to")).getAttribute("aria-invalid"))
                .isEqualTo("true");
        assertThat(browser.findElements(By.id("usage-entries"))).isEmpty();
        assertAccessible("利用履歴 with a bad period");

        String cookies = browser.manage().getCookies().stream()
                .map(c -> c.getName() + "=" + c.getValue())
                .collect(Collectors.joining("; "));
        HttpResponse<String> csv = HttpClient.newHttpClient()
                .send(
                        HttpRequest.newBuilder(URI.create(micro.address() + "/usage/history.csv?kind=login"))
                                .header("Cookie", cookies)
                                .build(),
                        HttpResponse.BodyHandlers.ofString());
        assertThat(csv.statusCode()).isEqualTo(200);
        assertThat(csv.headers().firstValue("Content-Type"))
                .hasValueSatisfying(t -> assertThat(t).startsWith("text/csv"));
        List<String> lines = csv.body().lines().toList();
        assertThat(lines.get(0)).isEqualTo("\uFEFF日時,操作,操作した人,結果,目的");
        assertThat(lines).hasSize(4);
        assertThat(lines.get(1)).contains(",ログイン,本人,成功,");
    }

    @Test
    void asksAVisitorToLogInFirst() {
        open("/usage/history.xhtml");
        assertThat(browser.findElement(By.id("usage-login")).getText()).contains("ログインしてください");
        assertAccessible("利用履歴 logged out");
    }
}
