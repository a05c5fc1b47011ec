package jp.mynaportal.support;

import java.net.URL;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import jp.mynaportal.card.api.PinKind;
import jp.mynaportal.card.devpki.DevelopmentPki;
import jp.mynaportal.card.virtual.CardFile;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The one Chromium that the browser test classes of a run share (a start costs seconds): started by
 * the first class that asks, quit when the test JVM ends. Each class begins with a fresh visitor:
 * no cookies of any site, the desktop window size, and the console log read empty.
 */
public final class PortalBrowser {

    /** How often a wait looks again. */
    static final long POLL_MILLIS = 100;

    private static ChromeDriver shared;

    private PortalBrowser() {}

    /** The run's Chromium, as a new visitor would find it. */
    public static synchronized ChromeDriver fresh() {
        if (shared == null) {
            ChromeDriver started = Browser.start();
            Runtime.getRuntime().addShutdownHook(new Thread(started::quit));
            shared = started;
        }
        shared.executeCdpCommand("Network.clearBrowserCookies", Map.of());
        shared.manage().window().setSize(new Dimension(1280, 900));
        shared.manage().logs().get(LogType.BROWSER);
        return shared;
    }

    /**
     * Logs a demo resident in as a new visitor would: no cookies, the desktop size, the card's login
     * password set to {@code pin} again (a test before may have locked it), then the login page of
     * {@code portal} and {@link #logInOnTheLoginPage}.
     *
     * @return whether the login needed 利用者登録
     */
    public static boolean logInAfresh(ChromeDriver browser, URL portal, String cardId, String pin, String nickname) {
        openTheLoginPageAfresh(browser, portal, cardId, pin);
        return logInOnTheLoginPage(browser, "Virtual JPKI reader " + cardId, pin, nickname);
    }

    /**
     * Logs a card holder without 利用者登録 in as a new visitor would ({@link #logInAfresh}) and
     * returns on the 利用者登録 page the login leads to, for a test of that page. The card holder has
     * no registration when the test made sure of it ({@code TokenLogin.logInUnregistered}).
     */
    public static void logInUpToRegistration(ChromeDriver browser, URL portal, String cardId, String pin) {
        openTheLoginPageAfresh(browser, portal, cardId, pin);
        sendTheLogin(browser, "Virtual JPKI reader " + cardId, pin);
        waiting(browser).until(ExpectedConditions.urlContains("/account/register.xhtml"));
    }

    /** No cookies, the desktop size, the card's login password set to {@code pin} again, the login page. */
    private static void openTheLoginPageAfresh(ChromeDriver browser, URL portal, String cardId, String pin) {
        browser.manage().window().setSize(new Dimension(1280, 900));
        browser.executeCdpCommand("Network.clearBrowserCookies", Map.of());
        freshPin(cardId, pin);
        browser.get(portal.toExternalForm().replaceAll("/$", "") + "/auth/login.xhtml");
    }

    /**
     * Sets the login password of a demo card of the browser tests' portal ({@link BrowserPortal#DATA})
     * to {@code pin} again, with full tries.
     */
    public static void freshPin(String cardId, String pin) {
        DevelopmentPki.openOrCreate(BrowserPortal.DATA.resolve("pki"))
                .resetPin(
                        new CardFile(BrowserPortal.DATA.resolve("cards").resolve(cardId + CardFile.EXTENSION)),
                        PinKind.AUTH,
                        pin.toCharArray());
    }

    /** The reader, the password and 「次へ」 on the login page; returns once the login page is left. */
    private static void sendTheLogin(ChromeDriver browser, String reader, String pin) {
        new Select(browser.findElement(By.id("login:reader"))).selectByValue(reader);
        browser.findElement(By.id("login:password")).sendKeys(pin);
        browser.findElement(By.id("login:next")).click();
        waiting(browser).until(d -> !d.getCurrentUrl().contains("/auth/login.xhtml"));
    }

    /**
     * Logs in on the login page that is open, with the card in a reader and its login password, as
     * a resident does; at the card's first login, 利用者登録 with the nickname (which ends on the top
     * page, not on the page the login was for). Returns once the page names the resident.
     *
     * @return whether the login needed 利用者登録
     */
    public static boolean logInOnTheLoginPage(ChromeDriver browser, String reader, String pin, String nickname) {
        WebDriverWait waiting = waiting(browser);
        sendTheLogin(browser, reader, pin);
        boolean registering = browser.getCurrentUrl().contains("/account/register.xhtml");
        if (registering) {
            browser.findElement(By.id("register:nickname")).sendKeys(nickname);
            browser.findElement(By.id("register:terms")).click();
            browser.findElement(By.id("register:submit")).click();
            waiting.until(d -> !d.getCurrentUrl().contains("/account/register.xhtml"));
        }
        waiting.until(ExpectedConditions.visibilityOfElementLocated(By.id("signed-in-as")));
        return registering;
    }

    /**
     * A wait for what a page shows after a request or an Ajax update, as long as {@code
     * mynaportal.test.browserWaitSeconds} (60 s unless set: a cold server on a busy machine). An element that a partial update
     * replaced while it was being read (a stale element, or Chromium's "node does not belong to the
     * document") is looked up again at the next poll instead of failing the test.
     */
    public static WebDriverWait waiting(WebDriver browser) {
        return waiting(browser, Duration.ofSeconds(Long.getLong("mynaportal.test.browserWaitSeconds", 60)));
    }

    /**
     * A wait as long as {@code timeout} that looks every {@value #POLL_MILLIS} ms: a partial update
     * or a page load here answers in tens of milliseconds, and Selenium's default of 500 ms between
     * looks made most waits of the browser classes half a second long.
     */
    public static WebDriverWait waiting(WebDriver browser, Duration timeout) {
        WebDriverWait wait = new WebDriverWait(browser, timeout);
        wait.pollingEvery(Duration.ofMillis(POLL_MILLIS));
        wait.ignoreAll(List.of(StaleElementReferenceException.class, WebDriverException.class));
        return wait;
    }

    /** Waits until the element found by {@code locator} shows {@code text} (as part of its text). */
    public static void waitForText(WebDriver browser, By locator, String text) {
        waiting(browser).until(ExpectedConditions.textToBePresentInElementLocated(locator, text));
    }

    /** The text of the element found by {@code locator}, read again if an update replaced it. */
    public static String textOf(WebDriver browser, By locator) {
        return waiting(browser).until(d -> d.findElement(locator).getText());
    }

    /**
     * Sets the window to {@code width} CSS pixels (a phone is 360) and returns the elements that
     * stick out to the right of the viewport there, each as tag#id.class, once the page has been
     * laid out at the new width: empty when nothing needs a sideways scroll.
     */
    @SuppressWarnings("unchecked")
    public static List<String> overflowingAt(WebDriver browser, int width) {
        if (!Long.valueOf(width).equals(((JavascriptExecutor) browser).executeScript("return window.innerWidth;"))) {
            browser.manage().window().setSize(new Dimension(width, 800));
            waiting(browser)
                    .until(d -> Long.valueOf(width)
                            .equals(((JavascriptExecutor) d).executeScript("return window.innerWidth;")));
        }
        return (List<String>) ((JavascriptExecutor) browser).executeAsyncScript("""
                        const done = arguments[arguments.length - 1];
                        requestAnimationFrame(() => requestAnimationFrame(() => {
                          const root = document.documentElement;
                          if (root.scrollWidth <= window.innerWidth) { done([]); return; }
                          const wide = [...document.body.querySelectorAll('*')]
                            .filter(e => e.getBoundingClientRect().right > window.innerWidth + 0.5)
                            .slice(0, 8)
                            .map(e => e.tagName.toLowerCase() + (e.id ? '#' + e.id : '')
                              + (typeof e.className === 'string' && e.className ? '.' + e.className.trim().split(/\\s+/).join('.') : ''));
                          done(wide.length ? wide : ['html (scrollWidth ' + root.scrollWidth + ')']);
                        }));
                        """);
    }
}
