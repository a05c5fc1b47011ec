package jp.mynaportal.auth;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
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
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;

/**
 * ログイン用パスワードの再設定 by the resident in Chromium, on a terminal with readers: from the login
 * page's link, a wrong signing password is told beside its field with the tries left, the right one
 * resets the locked login password, and the new one logs in. yuki's card is set back afterwards.
 */
class PasswordResetBrowserIT extends BrowserPortalTest {

    private static final Path PKI = DATA.resolve("pki");
    private static final Path CARDS = DATA.resolve("cards");

    @BeforeEach
    void freshVisitor() {
        freshCard();
        open("/");
        browser.manage().deleteAllCookies();
    }

    @AfterEach
    void setTheCardBack() {
        freshCard();
    }

    private static void freshCard() {
        CardFile card = new CardFile(CARDS.resolve("yuki" + CardFile.EXTENSION));
        DevelopmentPki pki = DevelopmentPki.openOrCreate(PKI);
        pki.resetPin(card, PinKind.AUTH, "3456".toCharArray());
        pki.resetPin(card, PinKind.SIGN, "YUKI2001".toCharArray());
    }

    private void open(String path) {
        browser.get(portal.toExternalForm().replaceAll("/$", "") + path);
    }

    private static void enterLogin(String password) {
        new Select(browser.findElement(By.id("login:reader"))).selectByValue(LoginServiceContract.READER + "yuki");
        browser.findElement(By.id("login:password")).sendKeys(password);
        browser.findElement(By.id("login:next")).click();
    }

    private static void enterReset(String signing, String newPin, String repeated) {
        new Select(browser.findElement(By.id("reset:reader"))).selectByValue(LoginServiceContract.READER + "yuki");
        browser.findElement(By.id("reset:signingPassword")).sendKeys(signing);
        browser.findElement(By.id("reset:newPin")).sendKeys(newPin);
        browser.findElement(By.id("reset:repeated")).sendKeys(repeated);
        browser.findElement(By.id("reset:submit")).click();
    }

    @Test
    void aResidentWithALockedLoginPasswordResetsItWithTheSigningPasswordAndLogsIn() {
        open("/auth/login.xhtml");
        for (String left : new String[] {"残り2回", "残り1回", "ロックがかかりました"}) {
            enterLogin("0000");
            PortalBrowser.waitForText(browser, By.id("login:password-message"), left);
        }
        // the login form was just updated by Ajax: click the link of the form as it is now
        PortalBrowser.waiting(browser)
                .ignoring(StaleElementReferenceException.class)
                .until(driver -> {
                    driver.findElement(By.id("login:reset-link")).click();
                    return true;
                });
        PortalBrowser.waiting(browser).until(ExpectedConditions.urlContains("/auth/reset.xhtml"));
        assertThat(Browser.seriousAccessibilityViolations(browser)).isEmpty();

        enterReset("WRONG123", "9753", "9753");
        PortalBrowser.waitForText(browser, By.id("reset:signingPassword-message"), "残り4回");
        assertThat(Browser.seriousAccessibilityViolations(browser)).isEmpty();
        enterReset("YUKI2001", "9753", "9735");
        PortalBrowser.waitForText(browser, By.id("reset:repeated-message"), "一致しません");

        enterReset("YUKI2001", "9753", "9753");
        PortalBrowser.waitForText(browser, By.id("reset-done"), "再設定しました");
        browser.findElement(By.id("to-login")).click();
        PortalBrowser.waiting(browser).until(ExpectedConditions.urlContains("/auth/login.xhtml"));
        enterLogin("9753");
        PortalBrowser.waiting(browser)
                .until(ExpectedConditions.not(ExpectedConditions.urlContains("/auth/login.xhtml")));
        assertThat(browser.findElements(By.id("login-link")))
                .as("logged in: the header offers no login any more")
                .isEmpty();
    }
}
