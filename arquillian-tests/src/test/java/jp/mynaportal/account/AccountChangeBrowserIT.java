package jp.mynaportal.account;

import static org.assertj.core.api.Assertions.assertThat;

import jp.mynaportal.support.Browser;
import jp.mynaportal.support.BrowserPortalTest;
import jp.mynaportal.support.PortalBrowser;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * 利用者登録変更 (handbook 3-H) in a real Chromium on the browser tests' portal, as the demo resident
 * ken: 入力 with a nickname one character too long (an emoji counts as one) is told beside the field
 * and keeps what was typed; 20 characters go on to 確認, which shows what will be saved, and 完了;
 * the header shows the new name; axe-core finds nothing serious at each step, at desktop width and
 * at 360 px.
 */
class AccountChangeBrowserIT extends BrowserPortalTest {

    @BeforeEach
    void logInKen() {
        PortalBrowser.logInAfresh(browser, portal, "ken", "4567", "けん");
    }

    private void open(String path) {
        browser.get(portal.toExternalForm().replaceAll("/$", "") + path);
    }

    private static void assertAccessible(String page) {
        for (int width : new int[] {1280, 360}) {
            browser.manage().window().setSize(new Dimension(width, 900));
            assertThat(Browser.seriousAccessibilityViolations(browser))
                    .as(page + " at " + width + " px")
                    .isEmpty();
        }
        browser.manage().window().setSize(new Dimension(1280, 900));
        assertThat(Browser.contentSecurityPolicyViolations(browser)).as(page).isEmpty();
    }

    /** Types a text with characters beyond the BMP (ChromeDriver's keys cannot send an emoji). */
    private static void type(String id, String text) {
        WebElement field = browser.findElement(By.id(id));
        field.clear();
        browser.executeScript(
                "arguments[0].value = arguments[1];"
                        + " arguments[0].dispatchEvent(new Event('input', {bubbles: true}));",
                field,
                text);
    }

    private static void waitFor(String id) {
        PortalBrowser.waiting(browser).until(ExpectedConditions.visibilityOfElementLocated(By.id(id)));
    }

    @Test
    void aSessionThatEndsBeforeTheChangeIsSentSaysSoAndBringsWhatWasTypedBackToTheForm() {
        open("/account/change.xhtml");
        waitFor("change:nickname");
        WebElement nickname = browser.findElement(By.id("change:nickname"));
        nickname.clear();
        nickname.sendKeys("けんいち");

        // the session ends (as after 30 minutes without a request) before the resident sends the form
        browser.manage().deleteAllCookies();
        browser.findElement(By.id("change:to-confirm")).click();
        PortalBrowser.waiting(browser).until(ExpectedConditions.urlContains("/auth/login.xhtml"));
        PortalBrowser.waitForText(browser, By.id("session-ended"), "送信できませんでした");

        PortalBrowser.logInOnTheLoginPage(browser, "Virtual JPKI reader ken", "4567", "けん");
        PortalBrowser.waiting(browser).until(ExpectedConditions.urlContains("/account/change.xhtml"));
        PortalBrowser.waitForText(browser, By.id("unsent-restored"), "もう一度送信");
        assertThat(browser.findElement(By.id("change:nickname")).getAttribute("value"))
                .isEqualTo("けんいち");
        assertAccessible("利用者登録変更 after the login");

        // not sent: opened again, the form shows what is stored
        browser.navigate().refresh();
        waitFor("change:nickname");
        assertThat(browser.findElements(By.id("unsent-restored"))).isEmpty();
        assertThat(browser.findElement(By.id("change:nickname")).getAttribute("value"))
                .isNotEqualTo("けんいち");
    }

    @Test
    void enterInTheEmailFieldGoesOnToTheConfirmationNotToTheDeletion() {
        open("/account/change.xhtml");
        waitFor("change:email");
        browser.findElement(By.id("change:email")).sendKeys(Keys.ENTER);
        waitFor("confirm-nickname");
        assertThat(browser.findElements(By.id("delete-warning"))).isEmpty();
    }

    @Test
    void inputConfirmDoneChangesTheNicknameAndTheMailWishes() {
        browser.findElement(By.id("account-link")).click();
        waitFor("change:nickname");
        assertAccessible("利用者登録変更（入力）");

        String tooLong = "け".repeat(19) + "\uD83D\uDE00" + "ん";
        type("change:nickname", tooLong);
        browser.findElement(By.id("change:to-confirm")).click();
        waitFor("change:nickname-message");
        assertThat(browser.findElement(By.id("change:nickname-message")).getText())
                .contains("20");
        assertThat(browser.findElement(By.id("change:nickname")).getAttribute("value"))
                .isEqualTo(tooLong);
        assertAccessible("利用者登録変更（入力・誤り）");

        String twenty = "け".repeat(18) + "\uD83D\uDE00" + "ん";
        type("change:nickname", twenty);
        WebElement noticeMail = browser.findElement(By.id("change:notice-mail"));
        boolean noticeMailBefore = noticeMail.isSelected();
        noticeMail.click();
        browser.findElement(By.id("change:to-confirm")).click();
        waitFor("confirm-nickname");
        assertThat(browser.findElement(By.id("confirm-nickname")).getText()).isEqualTo(twenty);
        assertThat(browser.findElement(By.id("confirm-notice-mail")).getText())
                .isEqualTo(noticeMailBefore ? "希望しない" : "希望する");
        assertAccessible("利用者登録変更（確認）");

        browser.findElement(By.id("change:save")).click();
        waitFor("done-message");
        assertThat(browser.findElement(By.id("done-message")).getText()).isEqualTo("利用者登録を変更しました。");
        assertAccessible("利用者登録変更（完了）");

        open("/");
        waitFor("signed-in-as");
        assertThat(browser.findElement(By.id("signed-in-as")).getText()).isEqualTo(twenty);
        browser.findElement(By.id("account-link")).click();
        waitFor("change:nickname");
        assertThat(browser.findElement(By.id("change:nickname")).getAttribute("value"))
                .isEqualTo(twenty);
        assertThat(browser.findElement(By.id("change:notice-mail")).isSelected())
                .isEqualTo(!noticeMailBefore);
    }
}
