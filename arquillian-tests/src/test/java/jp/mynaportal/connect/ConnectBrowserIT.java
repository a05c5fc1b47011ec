package jp.mynaportal.connect;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import jp.mynaportal.card.api.PinKind;
import jp.mynaportal.card.devpki.DevelopmentPki;
import jp.mynaportal.card.virtual.CardFile;
import jp.mynaportal.support.Browser;
import jp.mynaportal.support.BrowserPortalTest;
import jp.mynaportal.support.PortalBrowser;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * もっとつながる in Chromium, end to end with a relying site running in the test JVM: the resident
 * opens the list, 「つなぐ」 leads to the site, which asks the portal; the consent screen names what
 * the site receives; back at the site the resident logs in to the site's own account once, and is
 * connected. 「このサイトへ」 then opens the site logged in without asking again; 「つなぐのをやめる」
 * (confirmed) disconnects, and the site's access token stops working. axe-core checks the
 * portal's screens at desktop and 360 px width.
 */
class ConnectBrowserIT extends BrowserPortalTest {

    private static final Path CARDS = DATA.resolve("cards");
    private static final Path PKI = DATA.resolve("pki");

    /** A visitor without cookies. */
    @BeforeEach
    void freshVisitor() {
        browser.manage().window().setSize(new Dimension(1280, 900));
        open("/");
        browser.manage().deleteAllCookies();
    }

    private void open(String path) {
        browser.get(portal.toExternalForm().replaceAll("/$", "") + path);
    }

    private static void assertAccessible(String page) {
        assertThat(Browser.seriousAccessibilityViolations(browser)).as(page).isEmpty();
        assertThat(Browser.contentSecurityPolicyViolations(browser)).as(page).isEmpty();
    }

    /**
     * Logs ken in on the login page that the portal showed; registers at the first login (another
     * test may have closed ken's account) and then answers true.
     */
    private static boolean logIn() {
        DevelopmentPki.openOrCreate(PKI)
                .resetPin(new CardFile(CARDS.resolve("ken" + CardFile.EXTENSION)), PinKind.AUTH, "4567".toCharArray());
        PortalBrowser.waiting(browser).until(ExpectedConditions.visibilityOfElementLocated(By.id("login:reader")));
        return PortalBrowser.logInOnTheLoginPage(browser, "Virtual JPKI reader ken", "4567", "けん");
    }

    private static WebElement siteItem(String clientId) {
        return browser.findElement(By.cssSelector("li[data-site='" + clientId + "']"));
    }

    @Test
    void connectOpenAndDisconnectASite() throws Exception {
        try (DemoRelyingSite site =
                new DemoRelyingSite(portal, DATA.resolve("connect").resolve("sites"))) {
            browser.manage().deleteAllCookies();
            open("/connect/sites.xhtml");
            if (logIn()) {
                // 利用者登録 ends on the top page, not on the page that asked for the login
                open("/connect/sites.xhtml");
            }
            PortalBrowser.waiting(browser).until(ExpectedConditions.urlContains("/connect/sites.xhtml"));
            WebElement item = siteItem(site.clientId());
            assertThat(item.getText()).contains("さくら市 電子申請（テスト）", "氏名", "住所");
            assertAccessible("もっとつながる");

            item.findElement(By.className("site__connect")).click();
            PortalBrowser.waiting(browser).until(ExpectedConditions.urlContains("/connect/consent.xhtml"));
            assertThat(browser.findElement(By.id("consent-site")).getText()).isEqualTo("さくら市 電子申請（テスト）");
            assertThat(browser.findElement(By.id("consent-claims")).getText()).contains("氏名", "住所");
            assertAccessible("同意");
            browser.findElement(By.id("consent:approve")).click();

            PortalBrowser.waiting(browser).until(ExpectedConditions.visibilityOfElementLocated(By.id("site-first")));
            assertThat(browser.findElement(By.id("site-first")).getText()).contains("高橋 健");
            browser.findElement(By.id("site-account")).sendKeys("ken-at-sakura");
            browser.findElement(By.id("site-login")).click();
            PortalBrowser.waiting(browser)
                    .until(ExpectedConditions.visibilityOfElementLocated(By.id("site-connected")));

            open("/connect/sites.xhtml");
            item = siteItem(site.clientId());
            assertThat(item.getText()).contains("つないでいます", "このサイトからのお知らせを受け取ります");
            item.findElement(By.className("site__open")).click();
            PortalBrowser.waiting(browser).until(ExpectedConditions.visibilityOfElementLocated(By.id("site-user")));
            assertThat(browser.findElement(By.id("site-user")).getText()).isEqualTo("ken-at-sakura");
            String token = site.lastAccessToken();
            assertThat(userInfoStatus(token)).isEqualTo(200);

            open("/connect/sites.xhtml");
            siteItem(site.clientId())
                    .findElement(By.className("site__disconnect"))
                    .click();
            PortalBrowser.waiting(browser)
                    .until(d -> !siteItem(site.clientId())
                            .findElements(By.className("site__confirm-yes"))
                            .isEmpty());
            assertAccessible("つなぐのをやめる");
            siteItem(site.clientId())
                    .findElement(By.className("site__confirm-yes"))
                    .click();
            PortalBrowser.waiting(browser)
                    .until(d -> !siteItem(site.clientId())
                            .findElements(By.className("site__connect"))
                            .isEmpty());
            assertThat(userInfoStatus(token)).isEqualTo(401);

            browser.manage().window().setSize(new Dimension(360, 800));
            try {
                open("/connect/sites.xhtml");
                assertAccessible("もっとつながる at 360 px");
            } finally {
                browser.manage().window().setSize(new Dimension(1280, 900));
            }
        }
    }

    @Test
    void anUnregisteredRedirectUriIsRefusedOnThePortalsOwnPage() {
        open("/connect/authorize?client_id=unknown-site&redirect_uri=https%3A%2F%2Fevil.test%2Fcb"
                + "&response_type=code&scope=openid");
        PortalBrowser.waiting(browser).until(ExpectedConditions.urlContains("/connect/refused.xhtml"));
        assertThat(browser.findElement(By.id("refused-reason")).getText()).contains("登録されていません");
        assertAccessible("つなぐことができません");
    }

    private int userInfoStatus(String token) throws Exception {
        return HttpClient.newHttpClient()
                .send(
                        HttpRequest.newBuilder(URI.create(
                                        portal.toExternalForm().replaceAll("/$", "") + "/api/connect/userinfo"))
                                .header("Authorization", "Bearer " + token)
                                .build(),
                        HttpResponse.BodyHandlers.discarding())
                .statusCode();
    }
}
