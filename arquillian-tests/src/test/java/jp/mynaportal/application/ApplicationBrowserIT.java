package jp.mynaportal.application;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import jp.mynaportal.card.api.PinKind;
import jp.mynaportal.card.devpki.DevelopmentPki;
import jp.mynaportal.card.virtual.CardFile;
import jp.mynaportal.support.Browser;
import jp.mynaportal.support.BrowserPortalTest;
import jp.mynaportal.support.PortalBrowser;
import jp.mynaportal.support.PortalHttp;
import jp.mynaportal.support.Screenshots;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;

/**
 * Handbook 3-C screens 6–9 and the counter in Chromium, the whole way: search 千代田区 → tick
 * 国民健康保険の脱退の届出 → 申請する → OK → 次へすすむ → the form with an attachment → 一時保存 →
 * logout → login → 申請再開 → confirm → the signature with 山田 花子's card → 受付番号 and the PDF
 * receipt; then the staff member of 千代田区 returns it, the resident reads the notice, corrects and
 * signs again, and the staff member completes it. Another resident who changes the id in the
 * address sees nothing of it.
 */
class ApplicationBrowserIT extends BrowserPortalTest {

    private static final Path PKI = DATA.resolve("pki");
    private static final Path CARDS = DATA.resolve("cards");
    private static final String PROCEDURE = "国民健康保険の脱退の届出";

    private static Path pdf;

    @BeforeAll
    static void writeAttachment() throws IOException {
        pdf = Files.createTempFile("new-insurance", ".pdf");
        Files.write(pdf, ApplicationServiceContract.PDF);
    }

    @AfterAll
    static void removeAttachment() throws IOException {
        Files.deleteIfExists(pdf);
    }

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

    private static void freshCard(String cardId, String pin, String signingPassword) {
        CardFile card = new CardFile(CARDS.resolve(cardId + CardFile.EXTENSION));
        DevelopmentPki pki = DevelopmentPki.openOrCreate(PKI);
        pki.resetPin(card, PinKind.AUTH, pin.toCharArray());
        pki.resetPin(card, PinKind.SIGN, signingPassword.toCharArray());
    }

    /** Logs in with a demo card on the login page already open; registers at the first login. */
    private static void logIn(String cardId, String pin, String nickname) {
        new Select(browser.findElement(By.id("login:reader")))
                .selectByValue(ApplicationServiceContract.READER + cardId);
        browser.findElement(By.id("login:password")).sendKeys(pin);
        browser.findElement(By.id("login:next")).click();
        PortalBrowser.waiting(browser).until(d -> !d.getCurrentUrl().contains("/auth/login.xhtml"));
        if (browser.getCurrentUrl().contains("/account/register.xhtml")) {
            browser.findElement(By.id("register:nickname")).sendKeys(nickname);
            browser.findElement(By.id("register:terms")).click();
            browser.findElement(By.id("register:submit")).click();
            PortalBrowser.waiting(browser).until(d -> !d.getCurrentUrl().contains("/account/register.xhtml"));
            PortalBrowser.waiting(browser).until(ExpectedConditions.visibilityOfElementLocated(By.id("signed-in-as")));
        }
    }

    private void logInFromTop(String cardId, String pin, String nickname) {
        open("/auth/login.xhtml");
        logIn(cardId, pin, nickname);
    }

    private void logOut() {
        open("/");
        browser.findElement(By.id("logout:submit")).click();
        PortalBrowser.waiting(browser).until(ExpectedConditions.visibilityOfElementLocated(By.id("login-link")));
    }

    private static WebElement field(String key) {
        return browser.findElement(By.cssSelector("[data-key='" + key + "']"));
    }

    private static void typeInto(String key, String text) {
        WebElement input = field(key);
        input.clear();
        input.sendKeys(text);
    }

    private static void setDate(String key, String isoDate) {
        ((JavascriptExecutor) browser)
                .executeScript(
                        "arguments[0].value = arguments[1]; arguments[0].dispatchEvent(new Event('change', {bubbles: true}));",
                        field(key),
                        isoDate);
        waitForAutosave();
    }

    /**
     * Leaves the field being typed in (its change event starts the draft save then, not during a
     * later click) and waits until the draft saves that field changes started have answered.
     */
    private static void waitForAutosave() {
        ((JavascriptExecutor) browser)
                .executeScript("if (document.activeElement && document.activeElement !== document.body) {"
                        + " document.activeElement.blur(); }");
        PortalBrowser.waiting(browser)
                .until(d -> Boolean.TRUE.equals(((JavascriptExecutor) d)
                        .executeScript("return !window.PrimeFaces || PrimeFaces.ajax.Queue.isEmpty();")));
    }

    /** Signs on the open signature page with a card and waits for the completion page; returns the 受付番号. */
    private static String sign(String cardId, String signingPassword) {
        new Select(browser.findElement(By.id("sign:reader"))).selectByValue(ApplicationServiceContract.READER + cardId);
        browser.findElement(By.id("sign:password")).sendKeys(signingPassword);
        browser.findElement(By.id("sign:next")).click();
        PortalBrowser.waiting(browser).until(ExpectedConditions.urlContains("/pittari/apply/done.xhtml"));
        return browser.findElement(By.id("receipt-number")).getText();
    }

    /** Asks for a portal address outside the browser (not logged in): 200, and no user named in the header. */
    private void anonymousGet(String path) throws Exception {
        HttpResponse<String> response = PortalHttp.get(portal, path);
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.body()).doesNotContain("signed-in-as");
    }

    private String fetch(String path) {
        Object result = ((JavascriptExecutor) browser)
                .executeAsyncScript(
                        "const done = arguments[arguments.length - 1];"
                                + "fetch(arguments[0], {credentials: 'same-origin'})"
                                + ".then(r => done(r.status + ' ' + r.headers.get('content-type')))"
                                + ".catch(e => done('error ' + e));",
                        portal.toExternalForm().replaceAll("/$", "") + path);
        return String.valueOf(result);
    }

    /** Continues the application of the procedure from 申請再開. */
    private static void resume() {
        browser.findElements(By.cssSelector("#drafts .resume-link")).stream()
                .filter(e -> e.getText().equals(PROCEDURE))
                .findFirst()
                .orElseThrow(() -> new AssertionError("申請再開 lacks " + PROCEDURE + ": "
                        + browser.findElement(By.tagName("main")).getText()))
                .click();
    }

    private static long applicationId() {
        String url = browser.getCurrentUrl();
        return Long.parseLong(url.replaceAll(".*[?&]id=([0-9]+).*", "$1"));
    }

    @Test
    void appliesSavesResumesSignsIsReturnedCorrectsAndIsCompleted() throws Exception {
        freshCard("hanako", "1234", "HANAKO2025");
        freshCard("staff-chiyoda", "5678", "TANAKA1980");
        freshCard("taro", "2345", "TARO1972");
        logInFromTop("hanako", "1234", "はなこ");

        // search → tick → 申請する → OK → 次へすすむ; the list was rendered for an anonymous visitor
        // first, and a logged-in resident still gets a page of her own (her name in the header)
        anonymousGet("/pittari/search.xhtml?lg=131016&mode=list");
        open("/pittari/search.xhtml?lg=131016&mode=list");
        assertThat(browser.findElement(By.id("signed-in-as")).getText()).isEqualTo("はなこ");
        WebElement line =
                browser.findElements(By.cssSelector(".procedure[data-online='true'][data-signature='true']")).stream()
                        .filter(e -> e.findElement(By.cssSelector(".procedure__name"))
                                .getText()
                                .equals(PROCEDURE))
                        .findFirst()
                        .orElseThrow();
        line.findElement(By.cssSelector("input[type=checkbox]")).click();
        PortalBrowser.waiting(browser).until(d -> d.findElement(By.id("apply")).isEnabled());
        browser.findElement(By.id("apply")).click();
        PortalBrowser.waitForText(browser, By.id("apply-confirm-text"), "OK");
        browser.findElement(By.id("apply-ok")).click();
        PortalBrowser.waiting(browser).until(ExpectedConditions.urlContains("/pittari/apply/start.xhtml"));
        assertThat(browser.findElement(By.id("chosen")).getText()).contains(PROCEDURE);
        assertAccessible("start");
        browser.findElement(By.id("start:proceed")).click();
        PortalBrowser.waiting(browser).until(ExpectedConditions.urlContains("/pittari/apply/form.xhtml"));
        long id = applicationId();

        // the form: registered details filled in, wrong input kept with its message, an attachment
        assertThat(field("applicant_name").getAttribute("value")).isEqualTo("山田 花子");
        assertThat(field("applicant_name").getAttribute("readonly")).isNotNull();
        typeInto("applicant_phone", "12-34");
        typeInto("members", "山田 花子");
        waitForAutosave();
        browser.findElement(By.id("apply:confirm")).click();
        PortalBrowser.waitForText(browser, By.id("error-applicant_phone"), "電話番号");
        assertThat(browser.findElement(By.id("error-applicant_kana")).getText()).contains("入力してください");
        assertThat(field("members").getAttribute("value")).isEqualTo("山田 花子");
        assertAccessible("form with problems");
        typeInto("applicant_kana", "やまだ はなこ");
        typeInto("applicant_phone", "03-1234-5678");
        setDate("acquire_date", "2026-10-01");
        waitForAutosave();
        field("new_insurance").sendKeys(pdf.toAbsolutePath().toString());
        browser.findElement(By.cssSelector("[data-field='new_insurance'] input[id$=':upload']"))
                .click();
        PortalBrowser.waitForText(browser, By.id("attached-new_insurance"), "new-insurance");
        browser.findElement(By.id("apply:save")).click();
        PortalBrowser.waitForText(browser, By.id("apply:page-messages"), "一時保存しました");

        // logout, then 申請再開 asks for the login and comes back
        logOut();
        open("/pittari/apply/resume.xhtml");
        PortalBrowser.waiting(browser).until(ExpectedConditions.urlContains("/auth/login.xhtml"));
        logIn("hanako", "1234", "はなこ");
        PortalBrowser.waiting(browser).until(ExpectedConditions.urlContains("/pittari/apply/resume.xhtml"));
        assertAccessible("resume");
        resume();
        PortalBrowser.waiting(browser).until(ExpectedConditions.urlContains("/pittari/apply/form.xhtml?id=" + id));
        assertThat(field("members").getAttribute("value")).isEqualTo("山田 花子");
        assertThat(field("applicant_phone").getAttribute("value")).isEqualTo("03-1234-5678");
        field("declaration").click();
        waitForAutosave();
        browser.findElement(By.id("apply:confirm")).click();

        // confirm → sign → 受付番号 and the receipt
        PortalBrowser.waiting(browser).until(ExpectedConditions.urlContains("/pittari/apply/confirm.xhtml"));
        assertThat(browser.findElement(By.id("values")).getText())
                .contains("03-1234-5678")
                .contains(pdf.getFileName().toString());
        assertAccessible("confirm");
        browser.findElement(By.id("confirm:submit")).click();
        PortalBrowser.waiting(browser).until(ExpectedConditions.urlContains("/pittari/apply/sign.xhtml"));
        assertAccessible("sign");
        Screenshots.both(browser, "application-sign");
        String receiptNumber = sign("hanako", "HANAKO2025");
        assertThat(receiptNumber).startsWith("131016-");
        assertAccessible("done");
        assertThat(fetch("/pittari/apply/receipt?id=" + id)).isEqualTo("200 application/pdf");
        browser.navigate().back();
        browser.navigate().back();
        PortalBrowser.waiting(browser).until(ExpectedConditions.urlContains("/pittari/apply/confirm.xhtml"));
        assertThat(browser.findElement(By.id("confirm:submit")).isEnabled()).isFalse();

        // another resident changing the id in the address sees nothing
        logOut();
        logInFromTop("taro", "2345", "たろう");
        open("/pittari/apply/form.xhtml?id=" + id);
        assertThat(browser.findElement(By.id("application-not-found")).isDisplayed())
                .isTrue();
        assertThat(browser.findElement(By.tagName("body")).getText()).doesNotContain("山田");
        assertThat(fetch("/pittari/apply/receipt?id=" + id)).startsWith("404");
        assertThat(fetch("/pittari/apply/attachment?id=" + id + "&field=new_insurance"))
                .startsWith("404");
        // the counter is refused to a resident who is not staff, before any id is looked at
        assertThat(fetch("/counter/attachment?id=" + id + "&field=new_insurance"))
                .startsWith("403");

        // the staff member of 千代田区 returns it with a comment
        logOut();
        logInFromTop("staff-chiyoda", "5678", "窓口");
        open("/counter/inbox.xhtml");
        assertAccessible("inbox");
        browser.findElements(By.cssSelector("#inbox .inbox-link")).stream()
                .filter(e -> e.getText().equals(receiptNumber))
                .findFirst()
                .orElseThrow()
                .click();
        PortalBrowser.waiting(browser).until(ExpectedConditions.urlContains("/counter/application.xhtml"));
        assertThat(browser.findElement(By.id("signature-verdict")).getText()).contains("有効");
        assertThat(browser.findElement(By.id("signer-name")).getText()).isEqualTo("山田 花子");
        assertAccessible("application at the counter");
        Screenshots.both(browser, "counter-application");
        // 却下 cannot be undone: it asks first, and nothing happens when the staff member says no
        browser.findElement(By.cssSelector("[data-status='REJECTED']")).click();
        assertThat(browser.switchTo().alert().getText()).contains("却下");
        browser.switchTo().alert().dismiss();
        assertThat(browser.findElement(By.id("status")).getText()).doesNotContain("却下");
        browser.findElement(By.cssSelector("[data-status='RETURNED']")).click();
        PortalBrowser.waitForText(browser, By.id("decision:comment-message"), "コメント");
        browser.findElement(By.id("decision:comment")).sendKeys("資格取得日を確認してください");
        browser.findElement(By.cssSelector("[data-status='RETURNED']")).click();
        PortalBrowser.waitForText(browser, By.id("status"), "差戻し");
        assertThat(fetch("/counter/applications.csv?status=returned")).startsWith("200 text/csv");

        // the resident reads the notice, corrects and signs again
        logOut();
        logInFromTop("hanako", "1234", "はなこ");
        open("/notice/list.xhtml");
        assertThat(browser.findElement(By.id("notices")).getText()).contains("差し戻されました");
        assertAccessible("notices");
        Screenshots.both(browser, "notices");
        open("/pittari/apply/resume.xhtml");
        resume();
        PortalBrowser.waitForText(browser, By.id("staff-comment"), "資格取得日を確認してください");
        setDate("acquire_date", "2026-10-15");
        browser.findElement(By.id("apply:confirm")).click();
        PortalBrowser.waiting(browser).until(ExpectedConditions.urlContains("/pittari/apply/confirm.xhtml"));
        browser.findElement(By.id("confirm:submit")).click();
        PortalBrowser.waiting(browser).until(ExpectedConditions.urlContains("/pittari/apply/sign.xhtml"));
        assertThat(sign("hanako", "HANAKO2025")).isEqualTo(receiptNumber);

        // the staff member completes it
        logOut();
        logInFromTop("staff-chiyoda", "5678", "窓口");
        open("/counter/application.xhtml?id=" + id);
        browser.findElement(By.cssSelector("[data-status='UNDER_REVIEW']")).click();
        PortalBrowser.waitForText(browser, By.id("status"), "審査中");
        // 完了 cannot be undone: it asks first, and nothing happens when the staff member says no
        browser.findElement(By.cssSelector("[data-status='COMPLETED']")).click();
        assertThat(browser.switchTo().alert().getText()).contains("完了にします");
        browser.switchTo().alert().dismiss();
        assertThat(browser.findElement(By.id("status")).getText()).contains("審査中");
        browser.findElement(By.cssSelector("[data-status='COMPLETED']")).click();
        browser.switchTo().alert().accept();
        PortalBrowser.waitForText(browser, By.id("status"), "完了");
    }
}
