package jp.mynaportal.exchange;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
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
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * やりとり履歴 in a real Chromium, handbook 3-E steps 1–6 with the demo resident 鈴木 ゆき and her
 * demo exchanges: the tile, 「提供要求」, a period in the future refused beside its field in Japanese
 * with what was typed kept, 「確認」 showing the period, 「完了」 accepted, 「状況確認」 until the worker
 * finished it, the result with its diagram, a filter and the CSV link; axe-core clean and no CSP
 * violation at each step, no sideways scrolling at 360 px.
 */
class ExchangeBrowserIT extends BrowserPortalTest {

    private static final Path PKI = DATA.resolve("pki");
    private static final Path CARDS = DATA.resolve("cards");
    private static final String READER = "Virtual JPKI reader ";

    /** How long to wait for the worker (seconds, {@code -Dmynaportal.test.exchange.wait}). */
    private static final Duration WAIT = Duration.ofSeconds(Long.getLong("mynaportal.test.exchange.wait", 60));

    /** A visitor without cookies. */
    @BeforeEach
    void freshVisitor() {
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

    private void logIn() {
        DevelopmentPki.openOrCreate(PKI)
                .resetPin(new CardFile(CARDS.resolve("yuki" + CardFile.EXTENSION)), PinKind.AUTH, "3456".toCharArray());
        open("/auth/login.xhtml");
        PortalBrowser.logInOnTheLoginPage(browser, READER + "yuki", "3456", "ゆき");
    }

    private static void type(String id, String value) {
        WebElement field = browser.findElement(By.id(id));
        ((JavascriptExecutor) browser).executeScript("arguments[0].value = arguments[1];", field, value);
    }

    @Test
    void aResidentRequestsTheirExchangeHistoryAndReadsIt() {
        browser.manage().window().setSize(new Dimension(1280, 900));
        logIn();
        LocalDate today = LocalDate.now(ZoneId.of("Asia/Tokyo"));

        open("/");
        browser.findElement(By.cssSelector("[data-service='exchange']")).click();
        PortalBrowser.waiting(browser).until(ExpectedConditions.urlContains("/exchange/index.xhtml"));
        assertAccessible("やりとり履歴");
        browser.findElement(By.id("exchange-request")).click();
        PortalBrowser.waiting(browser).until(ExpectedConditions.urlContains("/exchange/request.xhtml"));

        String future = today.plusDays(3).toString();
        type("request:from", today.minusYears(2).toString());
        type("request:to", future);
        browser.findElement(By.id("request:confirm")).click();
        WebElement message = PortalBrowser.waiting(browser)
                .until(ExpectedConditions.visibilityOfElementLocated(By.id("request:to-message")));
        assertThat(message.getText()).contains("終了日には今日").contains("未来の日付は指定できません");
        assertThat(browser.findElement(By.id("request:to")).getAttribute("value"))
                .isEqualTo(future);
        assertAccessible("対象期間 with a wrong date");

        type("request:to", today.toString());
        browser.findElement(By.id("request:confirm")).click();
        WebElement period = PortalBrowser.waiting(browser)
                .until(ExpectedConditions.visibilityOfElementLocated(By.id("confirmed-period")));
        assertThat(period.getText()).contains(today.minusYears(2).toString()).contains(today.toString());
        assertAccessible("確認");

        browser.findElement(By.id("request:submit")).click();
        WebElement accepted =
                PortalBrowser.waiting(browser).until(ExpectedConditions.visibilityOfElementLocated(By.id("accepted")));
        assertThat(accepted.getText()).isEqualTo("やりとり履歴の提供要求を受け付けました");
        assertAccessible("完了");

        browser.findElement(By.id("request:to-status")).click();
        PortalBrowser.waiting(browser).until(ExpectedConditions.urlContains("/exchange/status.xhtml"));
        new WebDriverWait(browser, WAIT).until(d -> {
            d.navigate().refresh();
            return d.findElement(By.cssSelector("#requests .exchange-request"))
                    .getAttribute("data-state")
                    .equals("COMPLETED");
        });
        assertThat(browser.findElement(By.cssSelector("#requests .exchange-request"))
                        .getText())
                .contains("完了");
        assertAccessible("状況確認");

        browser.findElement(By.cssSelector("#requests .exchange-request .open-result"))
                .click();
        PortalBrowser.waiting(browser).until(ExpectedConditions.urlContains("/exchange/result.xhtml"));
        assertThat(browser.findElements(By.cssSelector("#diagram .bar-chart__item")))
                .isNotEmpty();
        assertThat(browser.findElements(By.cssSelector("#exchanges .exchange-line")))
                .isNotEmpty();
        assertThat(browser.findElement(By.id("exchanges")).getText())
                .contains("照会機関")
                .contains("提供機関")
                .contains("特定個人情報名");
        assertAccessible("やりとり履歴の結果");

        Select requester = new Select(browser.findElement(By.id("requester")));
        String chosen = requester.getOptions().get(1).getText();
        requester.selectByIndex(1);
        browser.findElement(By.id("result-show")).click();
        PortalBrowser.waiting(browser).until(ExpectedConditions.urlContains("requester="));
        assertThat(browser.findElements(By.cssSelector("#exchanges .exchange-line")))
                .isNotEmpty()
                .allSatisfy(row -> assertThat(
                                row.findElements(By.tagName("td")).get(1).getText())
                        .isEqualTo(chosen));
        assertThat(browser.findElement(By.id("result-csv")).getAttribute("href"))
                .contains("requester=");

        assertThat(PortalBrowser.overflowingAt(browser, 360))
                .as("やりとり履歴の結果 at 360 px")
                .isEmpty();
        assertAccessible("やりとり履歴の結果 at 360 px");
    }
}
