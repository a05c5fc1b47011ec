package jp.mynaportal.home;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import jp.mynaportal.card.api.PinKind;
import jp.mynaportal.card.devpki.DevelopmentPki;
import jp.mynaportal.card.virtual.CardFile;
import jp.mynaportal.support.Browser;
import jp.mynaportal.support.BrowserPortalTest;
import jp.mynaportal.support.PortalBrowser;
import jp.mynaportal.support.PortalDeployment;
import jp.mynaportal.support.Screenshots;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;

/**
 * Pages every resident meets (issue 11), in Chromium: the footer names the project, not a
 * ministry; Enter in the municipality name runs the name search, not the postal-code search; a
 * procedure whose acceptance period has ended shows the period and cannot be applied for; after
 * ログアウト, Back shows nothing personal; staff find the inbox in the header.
 */
class ResidentPagesBrowserIT extends BrowserPortalTest {

    private static final String READER = "Virtual JPKI reader ";

    @BeforeEach
    void freshVisitor() {
        open("/");
        browser.manage().deleteAllCookies();
        Browser.contentSecurityPolicyViolations(browser);
    }

    @Test
    void theFooterNamesTheProjectAndItsLicenceInsteadOfTheCabinetOffice() {
        open("/");
        String footer = browser.findElement(By.cssSelector(".site-footer")).getText();
        assertThat(footer)
                .contains("Mynaportal")
                .contains("オープンソース")
                .contains("Apache License 2.0")
                .doesNotContain("Cabinet Office");
        open("/about/terms.xhtml");
        assertThat(browser.findElement(By.cssSelector(".site-footer")).getText())
                .doesNotContain("Cabinet Office");
    }

    @Test
    void theFooterNamesTheOperatingBodyOfTheOperatorSetting() {
        // mynaportal.operator.name of the shared deployment
        open("/");
        assertThat(browser.findElement(By.id("footer-operator")).getText())
                .isEqualTo("運営：" + PortalDeployment.OPERATOR);
    }

    @Test
    void everyTileLeadsToItsFunctionAndNoneSaysPreparation() {
        open("/");
        // with 代理人 built, every one of the handbook's nine services exists
        List<WebElement> tiles = browser.findElements(By.cssSelector(".tiles .tile"));
        assertThat(tiles).hasSize(9);
        assertThat(browser.findElements(By.cssSelector(".tile--soon, .tile__soon")))
                .isEmpty();
        assertThat(browser.findElements(By.cssSelector(".tile a.tile__link[data-service]")))
                .hasSize(9);
        assertThat(browser.findElement(By.cssSelector(".tile [data-service='proxy']"))
                        .getTagName())
                .isEqualTo("a");
        assertThat(Browser.seriousAccessibilityViolations(browser)).isEmpty();
        Screenshots.both(browser, "top-page");
    }

    @Test
    void enterInTheMunicipalityNameRunsTheNameSearchNotThePostalCodeSearch() {
        open("/municipality/choose.xhtml");
        WebElement name = browser.findElement(By.id("chooser:name"));
        name.sendKeys("目黒");
        name.sendKeys(Keys.ENTER);
        PortalBrowser.waitForText(browser, By.id("chooser:results"), "東京都目黒区");
        assertThat(browser.findElement(By.id("chooser:postalCode-message")).getText())
                .isEmpty();

        WebElement postalCode = browser.findElement(By.id("chooser:postalCode"));
        postalCode.sendKeys("100-0013");
        postalCode.sendKeys(Keys.ENTER);
        PortalBrowser.waitForText(browser, By.id("chooser:results"), "千代田区");
        assertThat(browser.findElement(By.id("chooser:name")).getAttribute("value"))
                .isEqualTo("目黒");
    }

    @Test
    void aProcedureWhoseAcceptanceEndedShowsItsPeriodAndCannotBeApplied() {
        open("/pittari/search.xhtml?lg=131016&mode=list");
        WebElement line = browser.findElements(By.cssSelector(".procedure")).stream()
                .filter(e -> e.findElement(By.cssSelector(".procedure__name"))
                        .getText()
                        .equals("特別定額給付金の申請"))
                .findFirst()
                .orElseThrow();
        assertThat(line.getAttribute("data-online")).isEqualTo("false");
        String id = line.getAttribute("data-procedure-id");
        open("/pittari/procedure.xhtml?id=" + id);
        assertThat(browser.findElement(By.id("detail-acceptance")).getText()).isEqualTo("2020年5月1日～2020年8月31日");
        assertThat(browser.findElement(By.id("acceptance-ended")).getText()).contains("受付は終了しました");
        assertThat(browser.findElement(By.id("detail-online")).getText()).doesNotContain("できます");
        assertThat(Browser.seriousAccessibilityViolations(browser)).isEmpty();

        // the start page, opened by its address, cannot start it either
        open("/pittari/apply/start.xhtml?p=" + id);
        assertThat(browser.findElement(By.id("not-possible")).getText()).contains("オンライン");
        assertThat(browser.findElements(By.id("start:proceed"))).isEmpty();
    }

    @Test
    void afterLogoutBackShowsTheLoginInsteadOfTheResidentsPages() {
        freshCard("taro", "2345");
        open("/auth/login.xhtml");
        logIn("taro", "2345", "たろう");
        String nickname = browser.findElement(By.id("signed-in-as")).getText();
        browser.findElement(By.id("resume-link")).click();
        PortalBrowser.waiting(browser).until(ExpectedConditions.urlContains("/pittari/apply/resume.xhtml"));
        open("/notice/list.xhtml");
        browser.findElement(By.id("logout:submit")).click();
        PortalBrowser.waiting(browser).until(ExpectedConditions.visibilityOfElementLocated(By.id("login-link")));

        browser.navigate().back();
        PortalBrowser.waiting(browser)
                .until(d -> d.findElements(By.id("login-link")).size() == 1
                        || d.getCurrentUrl().contains("/auth/login.xhtml"));
        assertThat(browser.findElements(By.id("signed-in-as"))).isEmpty();
        assertThat(browser.findElement(By.tagName("body")).getText()).doesNotContain(nickname);
        browser.navigate().back();
        PortalBrowser.waiting(browser).until(ExpectedConditions.urlContains("/auth/login.xhtml"));
        assertThat(browser.findElements(By.id("drafts"))).isEmpty();
        assertThat(browser.findElements(By.id("signed-in-as"))).isEmpty();
    }

    @Test
    void staffFindTheInboxInTheHeader() {
        freshCard("staff-chiyoda", "5678");
        open("/auth/login.xhtml");
        logIn("staff-chiyoda", "5678", "窓口");
        browser.findElement(By.id("inbox-link")).click();
        PortalBrowser.waiting(browser).until(ExpectedConditions.urlContains("/counter/inbox.xhtml"));
        assertThat(Browser.seriousAccessibilityViolations(browser)).isEmpty();
        Screenshots.both(browser, "counter-inbox");
    }

    @Test
    void afterAPinResetTheCounterPanelShowsTheTriesRestored() {
        freshCard("hanako", "1234");
        freshCard("staff-chiyoda", "5678");
        open("/auth/login.xhtml");
        for (String left : new String[] {"残り2回", "残り1回", "ロックがかかりました"}) {
            new Select(browser.findElement(By.id("login:reader"))).selectByValue(READER + "hanako");
            browser.findElement(By.id("login:password")).sendKeys("0000");
            browser.findElement(By.id("login:next")).click();
            PortalBrowser.waitForText(browser, By.id("login:password-message"), left);
        }
        open("/auth/login.xhtml");
        logIn("staff-chiyoda", "5678", "窓口");
        open("/counter/pin-reset.xhtml");
        new Select(browser.findElement(By.id("pinReset:reader"))).selectByValue(READER + "hanako");
        browser.findElement(By.id("pinReset:identify")).click();
        PortalBrowser.waitForText(browser, By.id("holder-tries"), "0回");
        assertThat(browser.findElements(By.cssSelector("#pinReset input[type=password]")))
                .as("the staff member's screen has no password field")
                .isEmpty();
        browser.findElement(By.id("pinReset:begin")).click();
        PortalBrowser.waiting(browser).until(ExpectedConditions.urlContains("/counter/pin-entry.xhtml"));
        browser.findElement(By.id("pinEntry:newPin")).sendKeys("1234");
        browser.findElement(By.id("pinEntry:repeated")).sendKeys("1243");
        browser.findElement(By.id("pinEntry:set")).click();
        PortalBrowser.waitForText(browser, By.id("pinEntry:repeated-message"), "一致しません");
        assertThat(Browser.seriousAccessibilityViolations(browser)).isEmpty();
        browser.findElement(By.id("pinEntry:newPin")).sendKeys("1234");
        browser.findElement(By.id("pinEntry:repeated")).sendKeys("1234");
        browser.findElement(By.id("pinEntry:set")).click();
        PortalBrowser.waitForText(browser, By.id("entry-done"), "再設定しました");
        assertThat(Browser.seriousAccessibilityViolations(browser)).isEmpty();
        browser.findElement(By.id("back")).click();
        PortalBrowser.waiting(browser).until(ExpectedConditions.urlContains("/counter/pin-reset.xhtml"));
        new Select(browser.findElement(By.id("pinReset:reader"))).selectByValue(READER + "hanako");
        browser.findElement(By.id("pinReset:identify")).click();
        PortalBrowser.waitForText(browser, By.id("holder-tries"), "3回");
    }

    private void open(String path) {
        browser.get(portal.toExternalForm().replaceAll("/$", "") + path);
    }

    private static void freshCard(String cardId, String pin) {
        CardFile card = new CardFile(DATA.resolve("cards").resolve(cardId + CardFile.EXTENSION));
        DevelopmentPki.openOrCreate(DATA.resolve("pki")).resetPin(card, PinKind.AUTH, pin.toCharArray());
    }

    private static void logIn(String cardId, String pin, String nickname) {
        PortalBrowser.logInOnTheLoginPage(browser, READER + cardId, pin, nickname);
    }
}
