package jp.mynaportal.proxy;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Map;
import java.util.Set;
import jp.mynaportal.card.api.PinKind;
import jp.mynaportal.card.devpki.DevelopmentPki;
import jp.mynaportal.card.virtual.CardFile;
import jp.mynaportal.support.Browser;
import jp.mynaportal.support.BrowserPortalTest;
import jp.mynaportal.support.PortalBrowser;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Cookie;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.support.ui.Select;

/**
 * Handbook 3-J in Chromium: 山田 花子 registers 鈴木 ゆき as her 代理人 with two virtual readers (her
 * card and PIN, then ゆき's on the same terminal) for お知らせ, 外部サイトへのお知らせ情報提供 and あなたの
 * 情報 (分野 税); ゆき logs in, chooses 「代理人として利用する」, and every page says 「山田 花子さんの代理人
 * として利用中」 with the way back; the granted services are offered and open, an application's
 * address is refused. On her phone 花子 sees the registration in the list without the settings;
 * back at the desk she revokes it through the portal, and ゆき's session, still open, is refused
 * the service it granted on its next page before 「自分のポータルに戻る」 ends it. On a
 * smartphone-sized screen only 「代理人一覧の確認」 is offered and the settings page sends the phone
 * to the list. Every screen passes axe-core. The demo residents are shared with other browser
 * tests: after each test no registration between them is live (revoked through the portal).
 */
class ProxyBrowserIT extends BrowserPortalTest {

    private static final String READER = "Virtual JPKI reader ";
    private static final String HANAKO = "hanako";
    private static final String YUKI = "yuki";
    private static final Map<String, String> PINS = Map.of(HANAKO, "1234", YUKI, "3456");
    private static final String HANAKOS_NAME = "山田 花子";
    /** The nickname every test registers hanako with (ApplicationBrowserIT reads it in the header). */
    private static final String HANAKOS_NICKNAME = "はなこ";

    private static final String ACTIVE_REVOKE = "#mine tr.registration[data-state='ACTIVE'] input[id$='revoke']";

    /** A visitor without cookies. */
    @BeforeEach
    void freshVisitor() {
        open("/");
        browser.manage().deleteAllCookies();
    }

    /**
     * Leaves no live registration of 花子's behind (a test that failed half-way, or an earlier run):
     * she revokes each through the portal, as at the desk.
     */
    @AfterEach
    void revokeWhatIsLeft() {
        PortalBrowser.logInAfresh(browser, portal, HANAKO, PINS.get(HANAKO), HANAKOS_NICKNAME);
        open("/proxy/list.xhtml");
        while (!browser.findElements(By.cssSelector(ACTIVE_REVOKE)).isEmpty()) {
            revokeTheFirstLiveRegistration();
        }
    }

    /** 「取り消す」 on the first live registration of the list, confirmed. */
    private static void revokeTheFirstLiveRegistration() {
        int live = browser.findElements(By.cssSelector(ACTIVE_REVOKE)).size();
        browser.findElement(By.cssSelector(ACTIVE_REVOKE)).click();
        browser.switchTo().alert().accept();
        PortalBrowser.waiting(browser)
                .until(d -> d.findElements(By.cssSelector(ACTIVE_REVOKE)).size() < live);
    }

    /** Runs the steps as on a phone: its user agent (mobile) and a 360 px window; then the desktop again. */
    private static void onAPhone(Runnable steps) {
        Dimension desktop = browser.manage().window().getSize();
        browser.executeCdpCommand(
                "Emulation.setUserAgentOverride",
                Map.of(
                        "userAgent",
                        "Mozilla/5.0 (Linux; Android 14; Pixel 8) AppleWebKit/537.36 (KHTML, like Gecko)"
                                + " Chrome/126.0 Mobile Safari/537.36",
                        "userAgentMetadata",
                        Map.of(
                                "platform", "Android",
                                "platformVersion", "14",
                                "architecture", "",
                                "model", "Pixel 8",
                                "mobile", true)));
        browser.manage().window().setSize(new Dimension(360, 740));
        try {
            PortalBrowser.waiting(browser)
                    .until(d -> ((Number) ((JavascriptExecutor) d).executeScript("return window.innerWidth")).intValue()
                            <= 360);
            steps.run();
        } finally {
            browser.executeCdpCommand("Emulation.setUserAgentOverride", Map.of("userAgent", ""));
            browser.manage().window().setSize(desktop);
        }
    }

    private void open(String path) {
        browser.get(portal.toExternalForm().replaceAll("/$", "") + path);
    }

    private static void assertAccessible(String page) {
        assertThat(Browser.seriousAccessibilityViolations(browser)).as(page).isEmpty();
        assertThat(Browser.contentSecurityPolicyViolations(browser)).as(page).isEmpty();
    }

    private static void freshCard(String card) {
        Path data = DATA;
        DevelopmentPki.openOrCreate(data.resolve("pki"))
                .resetPin(
                        new CardFile(data.resolve("cards").resolve(card + CardFile.EXTENSION)),
                        PinKind.AUTH,
                        PINS.get(card).toCharArray());
    }

    /** Logs in with the card from the login page (registering the first time), then to the top page. */
    private void logIn(String card) {
        freshCard(card);
        open("/auth/login.xhtml");
        PortalBrowser.logInOnTheLoginPage(browser, READER + card, PINS.get(card), card);
    }

    private void logOut() {
        open("/");
        browser.findElement(By.id("logout:submit")).click();
        PortalBrowser.waiting(browser)
                .until(d -> d.findElements(By.id("login-link")).size() == 1);
    }

    /** One card step: the card's reader, its PIN, 「確認する」. */
    private static void confirmWith(String card) {
        freshCard(card);
        new Select(browser.findElement(By.id("card:reader"))).selectByValue(READER + card);
        browser.findElement(By.id("card:pin")).sendKeys(PINS.get(card));
        browser.findElement(By.id("card:confirm")).click();
    }

    @Test
    void aResidentRegistersAProxyWithBothCardsAndTheProxyActsUnderTheBanner() {
        logIn(YUKI);
        logOut();
        logIn(HANAKO);
        open("/");
        browser.findElement(By.cssSelector("a[data-service='proxy']")).click();
        PortalBrowser.waiting(browser).until(d -> d.getCurrentUrl().contains("/proxy/index.xhtml"));
        assertAccessible("代理人");
        browser.findElement(By.id("register")).click();
        PortalBrowser.waiting(browser).until(d -> d.getCurrentUrl().contains("/proxy/register.xhtml"));
        assertAccessible("代理人を登録します");

        browser.findElement(By.cssSelector("input[name='grant:scopes'][value='NOTICES']"))
                .click();
        browser.findElement(By.cssSelector("input[name='grant:scopes'][value='SELF_INFORMATION']"))
                .click();
        browser.findElement(By.cssSelector("input[name='grant:scopes'][value='NOTICE_SHARING']"))
                .click();
        browser.findElement(By.id("grant:next")).click();
        PortalBrowser.waiting(browser)
                .until(d -> !d.findElement(By.id("grant:to-message")).getText().isEmpty());
        assertThat(browser.findElement(By.id("grant:to-message")).getText()).contains("終了日");
        assertThat(browser.findElement(By.cssSelector("input[name='grant:scopes'][value='NOTICES']"))
                        .isSelected())
                .as("what was typed stays")
                .isTrue();
        browser.findElement(By.id("grant:to"))
                .sendKeys(LocalDate.now(ZoneId.of("Asia/Tokyo")).plusDays(30).toString());
        browser.findElement(By.id("grant:next")).click();
        PortalBrowser.waiting(browser)
                .until(d ->
                        !d.findElement(By.id("grant:fields-message")).getText().isEmpty());
        assertThat(browser.findElement(By.id("grant:fields-message")).getText()).contains("分野");
        assertAccessible("代理人を登録します with its problems");
        browser.findElement(By.cssSelector("input[name='grant:fields'][value='tax']"))
                .click();
        browser.findElement(By.id("grant:next")).click();
        PortalBrowser.waiting(browser).until(d -> d.getCurrentUrl().contains("/proxy/confirm.xhtml"));
        assertThat(browser.findElement(By.id("grant-scopes")).getText())
                .contains("お知らせ")
                .contains("外部サイトへのお知らせ情報提供")
                .contains("あなたの情報");
        assertAccessible("ご本人のカード");

        confirmWith(YUKI);
        PortalBrowser.waiting(browser)
                .until(d -> d.findElements(By.cssSelector(".messages li")).size() > 0);
        assertThat(browser.findElement(By.cssSelector(".messages")).getText()).contains("ご本人のカードではありません");
        confirmWith(HANAKO);
        PortalBrowser.waiting(browser)
                .until(d -> d.findElement(By.tagName("h1")).getText().contains("代理人のマイナンバーカード"));
        assertAccessible("代理人のカード");
        confirmWith(YUKI);
        PortalBrowser.waiting(browser).until(d -> d.getCurrentUrl().contains("/proxy/done.xhtml"));
        assertAccessible("完了");

        browser.findElement(By.id("to-list")).click();
        PortalBrowser.waiting(browser).until(d -> d.getCurrentUrl().contains("/proxy/list.xhtml"));
        assertThat(browser.findElement(By.id("mine")).getText()).contains("有効");
        assertAccessible("代理人一覧の確認");
        logOut();

        logIn(YUKI);
        open("/proxy/act.xhtml");
        assertAccessible("代理人として利用する");
        browser.findElements(By.cssSelector("#mandates input[type='submit']")).stream()
                .filter(b -> b.getAttribute("value").equals(HANAKOS_NAME))
                .findFirst()
                .orElseThrow()
                .click();
        PortalBrowser.waiting(browser)
                .until(d -> d.findElements(By.id("proxy-banner-text")).size() == 1);
        assertThat(browser.findElement(By.id("proxy-banner-text")).getText()).isEqualTo(HANAKOS_NAME + "さんの代理人として利用中");
        assertThat(browser.findElements(By.id("proxy-notices"))).hasSize(1);
        assertThat(browser.findElements(By.id("proxy-selfinfo"))).hasSize(1);
        assertThat(browser.findElements(By.id("proxy-exchange"))).isEmpty();
        assertAccessible("代理人として利用中のトップページ");

        browser.findElement(By.id("proxy-notice-sharing")).click();
        PortalBrowser.waiting(browser).until(d -> d.getCurrentUrl().contains("/connect/notices.xhtml"));
        assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("外部サイトへのお知らせ情報提供");
        assertThat(browser.findElement(By.id("proxy-banner-text")).getText()).contains(HANAKOS_NAME);
        assertThat(browser.findElements(By.cssSelector("#no-sharing-sites, #sharing-sites")))
                .as("花子's connected sites that deliver お知らせ, or that there are none")
                .hasSize(1);
        assertAccessible("代理人として見る外部サイトへのお知らせ情報提供");

        open("/notice/list.xhtml");
        assertThat(browser.findElement(By.id("proxy-banner-text")).getText()).contains(HANAKOS_NAME);
        assertThat(browser.getPageSource()).contains("代理人の登録が完了しました");
        assertAccessible("代理人として見るお知らせ");

        open("/pittari/apply/resume.xhtml");
        assertThat(browser.findElement(By.tagName("h1")).getText()).contains("表示できません");
        open("/exchange/status.xhtml");
        assertThat(browser.findElement(By.tagName("h1")).getText()).contains("表示できません");
        open("/proxy/list.xhtml");
        assertThat(browser.findElement(By.tagName("h1")).getText()).contains("表示できません");

        // 花子, at another terminal while ゆき's session stays open: on her phone the list only
        Set<Cookie> yukisSession = browser.manage().getCookies();
        PortalBrowser.logInAfresh(browser, portal, HANAKO, PINS.get(HANAKO), HANAKOS_NICKNAME);
        onAPhone(() -> {
            open("/proxy/list.xhtml");
            assertThat(browser.findElements(By.cssSelector("#mine tr.registration[data-state='ACTIVE']")))
                    .hasSize(1);
            assertThat(browser.findElements(By.cssSelector(".proxy-settings")))
                    .as("no change or revocation on a phone")
                    .isEmpty();
            assertThat(PortalBrowser.overflowingAt(browser, 360)).isEmpty();
            assertAccessible("代理人一覧の確認 with a registration at 360 px");
        });
        // at the desk she revokes it
        open("/proxy/list.xhtml");
        revokeTheFirstLiveRegistration();
        assertThat(browser.findElements(By.cssSelector("#mine tr.registration[data-state='REVOKED']")))
                .isNotEmpty();
        assertThat(browser.findElements(By.cssSelector("#mine tr.registration[data-state='ACTIVE']")))
                .isEmpty();

        // ゆき's open session: its next page is refused what the registration granted
        browser.manage().deleteAllCookies();
        yukisSession.forEach(c -> browser.manage().addCookie(c));
        open("/connect/notices.xhtml");
        assertThat(browser.findElement(By.tagName("h1")).getText()).contains("表示できません");

        open("/");
        browser.findElement(By.id("proxy-banner:own-portal")).click();
        PortalBrowser.waiting(browser)
                .until(d -> d.findElements(By.id("proxy-banner-text")).isEmpty());
        assertThat(browser.findElements(By.cssSelector("a[data-service='proxy']")))
                .hasSize(1);
    }

    @Test
    void onASmartphoneOnlyTheListIsOffered() {
        logIn(HANAKO);
        onAPhone(() -> {
            open("/proxy/index.xhtml");
            assertThat(browser.findElements(By.id("register"))).isEmpty();
            assertThat(browser.findElement(By.id("list")).isDisplayed()).isTrue();
            assertThat(browser.findElement(By.id("phone-note")).getText()).contains("代理人一覧の確認");
            assertAccessible("代理人 at 360 px");

            open("/proxy/register.xhtml");
            PortalBrowser.waiting(browser).until(d -> d.getCurrentUrl().contains("/proxy/list.xhtml"));
            assertThat(browser.findElements(By.id("grant:next"))).isEmpty();
            assertAccessible("代理人一覧の確認 at 360 px");
        });
    }
}
