package jp.mynaportal.auth;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import jp.mynaportal.card.api.PinKind;
import jp.mynaportal.card.devpki.DevelopmentPki;
import jp.mynaportal.card.transport.VpcdBridge;
import jp.mynaportal.card.virtual.CardFile;
import jp.mynaportal.card.virtual.VirtualJpkiCard;
import jp.mynaportal.support.Browser;
import jp.mynaportal.support.BrowserPortalTest;
import jp.mynaportal.support.PortalBrowser;
import jp.mynaportal.support.TokenLogin;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;

/**
 * Handbook 2-B in Chromium: the demo cards on the virtual reader, the password, 「次へ」, the card
 * read, 利用者登録 at the first login, the top page, logout; three wrong passwords locking a card;
 * and a login with a card served through pcscd and vsmartcard's vpcd (reader {@code Virtual PCD 00 00}).
 * The portal's demo cards are in its data folder ({@link BrowserPortalTest#DATA}), where the test reads them too. The
 * logins of hanako and yuki meet 利用者登録 whenever the class runs: a registration another class
 * made is deleted first ({@link TokenLogin#logInUnregistered}).
 */
class LoginBrowserIT extends BrowserPortalTest {

    private static final Path PKI = DATA.resolve("pki");
    private static final Path CARDS = DATA.resolve("cards");
    private static final String PCSC_READER = "Virtual PCD 00 00";

    @BeforeAll
    static void startPcscd() throws IOException, InterruptedException {
        Process script = new ProcessBuilder(
                        "sh",
                        Path.of("..", "card-jca-connector", "scripts", "start-pcsc.sh")
                                .toString())
                .redirectError(ProcessBuilder.Redirect.INHERIT)
                .start();
        script.getInputStream().readAllBytes();
        assertThat(script.waitFor()).as("start-pcsc.sh exit code").isZero();
    }

    @BeforeEach
    void freshVisitor() {
        open("/");
        browser.manage().deleteAllCookies();
    }

    /** The demo password again with full tries, whatever an earlier run did to the card. */
    private static void freshCard(String cardId, String pin) {
        Path file = CARDS.resolve(cardId + CardFile.EXTENSION);
        assertThat(file).exists();
        DevelopmentPki.openOrCreate(PKI).resetPin(new CardFile(file), PinKind.AUTH, pin.toCharArray());
    }

    /** The card with its demo password, and its holder without 利用者登録, whatever ran before. */
    private void unregisteredCard(String cardId, String pin) throws Exception {
        freshCard(cardId, pin);
        new TokenLogin(portal.toExternalForm(), DATA.resolve("cards")).logInUnregistered(cardId, pin);
    }

    private void open(String path) {
        browser.get(portal.toExternalForm().replaceAll("/$", "") + path);
    }

    private static void enterPassword(String cardId, String password) {
        new Select(browser.findElement(By.id("login:reader"))).selectByValue(LoginServiceContract.READER + cardId);
        browser.findElement(By.id("login:password")).sendKeys(password);
        browser.findElement(By.id("login:next")).click();
    }

    /** Enters a password and waits until the message beside the field says {@code expected}; returns the whole message. */
    private static String passwordMessageAfterEntry(String cardId, String password, String expected) {
        enterPassword(cardId, password);
        By message = By.id("login:password-message");
        PortalBrowser.waiting(browser)
                .ignoring(org.openqa.selenium.StaleElementReferenceException.class)
                .until(ExpectedConditions.textToBePresentInElementLocated(message, expected));
        return browser.findElement(message).getText();
    }

    @Test
    void logsInWithADemoCardRegistersAtTheFirstLoginAndReachesTheTopPage() throws Exception {
        unregisteredCard("hanako", "1234");
        open("/");
        browser.findElement(By.id("login-link")).click();
        assertThat(browser.findElement(By.cssSelector("label[for='login:password']"))
                        .getText())
                .contains("パスワード");
        assertThat(browser.findElement(By.id("password-warning")).getText())
                .contains("3回連続して間違えるとロック")
                .contains("ご自身で入力");
        assertThat(Browser.seriousAccessibilityViolations(browser)).isEmpty();

        enterPassword("hanako", "1234");
        PortalBrowser.waiting(browser).until(ExpectedConditions.urlContains("/account/register.xhtml"));
        assertThat(Browser.seriousAccessibilityViolations(browser)).isEmpty();
        // a nickname of full-width spaces only is no nickname: a message beside the field, no error page
        browser.findElement(By.id("register:nickname")).sendKeys("\u3000\u3000\u3000");
        browser.findElement(By.id("register:terms")).click();
        browser.findElement(By.id("register:submit")).click();
        assertThat(PortalBrowser.waiting(browser)
                        .until(ExpectedConditions.visibilityOfElementLocated(By.id("register:nickname-message")))
                        .getText())
                .contains("ニックネームを入力してください");
        assertThat(browser.getCurrentUrl()).contains("/account/register.xhtml");
        browser.findElement(By.id("register:terms")).click();
        browser.findElement(By.id("register:nickname")).clear();
        browser.findElement(By.id("register:nickname")).sendKeys("はなこ");
        browser.findElement(By.id("register:submit")).click();
        assertThat(PortalBrowser.waiting(browser)
                        .until(ExpectedConditions.visibilityOfElementLocated(By.id("register:terms-message")))
                        .getText())
                .contains("利用規約");
        assertThat(browser.findElement(By.id("register:nickname")).getAttribute("value"))
                .isEqualTo("はなこ");
        browser.findElement(By.id("register:terms")).click();
        browser.findElement(By.id("register:submit")).click();

        // the registration page already has an (empty) header name: wait for the top page itself
        PortalBrowser.waiting(browser).until(d -> !d.getCurrentUrl().contains("/account/register.xhtml"));
        PortalBrowser.waiting(browser).until(ExpectedConditions.visibilityOfElementLocated(By.id("signed-in-as")));
        assertThat(browser.findElement(By.id("signed-in-as")).getText()).isEqualTo("はなこ");
        assertThat(browser.findElements(By.cssSelector(".tile"))).hasSize(9);
        // registered: 利用者登録 is done, its address opens the top page
        open("/account/register.xhtml");
        assertThat(browser.getCurrentUrl()).doesNotContain("/account/register.xhtml");
        assertThat(browser.findElement(By.id("signed-in-as")).getText()).isEqualTo("はなこ");

        browser.findElement(By.id("logout:submit")).click();
        assertThat(PortalBrowser.waiting(browser)
                        .until(ExpectedConditions.visibilityOfElementLocated(By.id("login-link")))
                        .getText())
                .isEqualTo("ログイン");
    }

    @Test
    void threeWrongPasswordsShowTheTriesLeftAndThenTheLock() {
        freshCard("ken", "4567");
        open("/auth/login.xhtml");
        assertThat(passwordMessageAfterEntry("ken", "0000", "残り2回")).startsWith("パスワードが正しくありません");
        assertThat(browser.findElement(By.id("login:password")).getAttribute("value"))
                .isEmpty();
        assertThat(passwordMessageAfterEntry("ken", "0000", "残り1回")).startsWith("パスワードが正しくありません");
        assertThat(passwordMessageAfterEntry("ken", "0000", "ロックがかかりました")).contains("市区町村の窓口");
        assertThat(Browser.seriousAccessibilityViolations(browser)).isEmpty();
        freshCard("ken", "4567");
    }

    @Test
    void logsInWithACardServedOverPcscdAndVpcd() throws Exception {
        unregisteredCard("yuki", "3456");
        try (VpcdBridge bridge = VpcdBridge.connect(
                new VirtualJpkiCard(new CardFile(CARDS.resolve("yuki" + CardFile.EXTENSION))),
                VpcdBridge.DEFAULT_HOST,
                VpcdBridge.DEFAULT_PORT,
                Duration.ofSeconds(10))) {
            assertThat(bridge.isServing()).isTrue();
            open("/auth/login.xhtml");
            new Select(browser.findElement(By.id("login:reader"))).selectByValue(PCSC_READER);
            browser.findElement(By.id("login:password")).sendKeys("3456");
            browser.findElement(By.id("login:next")).click();
            PortalBrowser.waiting(browser)
                    .withMessage(() -> "the login page said: "
                            + browser.findElements(By.cssSelector(".ui-message, .ui-messages")).stream()
                                    .map(WebElement::getText)
                                    .toList())
                    .until(ExpectedConditions.urlContains("/account/register.xhtml"));
        }
    }

    @Test
    void keepsEveryoneButStaffOffTheCounterPages() {
        open("/counter/pin-reset.xhtml");
        assertThat(browser.getCurrentUrl()).contains("/auth/login.xhtml");
    }
}
