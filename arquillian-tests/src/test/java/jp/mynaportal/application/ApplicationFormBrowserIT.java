package jp.mynaportal.application;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import jp.mynaportal.card.api.PinKind;
import jp.mynaportal.card.devpki.DevelopmentPki;
import jp.mynaportal.card.virtual.CardFile;
import jp.mynaportal.support.Browser;
import jp.mynaportal.support.BrowserPortalTest;
import jp.mynaportal.support.PortalBrowser;
import jp.mynaportal.support.Screenshots;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;

/**
 * What a resident meets on the application form (issue 11), in Chromium: typing and pressing a
 * button at once never fails; Enter in a field never removes an attachment; a session that ends
 * with the form open says so, keeps what was typed and brings it back after the login; a received
 * application opens read-only saying why; in English a choice shows English labels while the
 * Japanese option is what is stored. 高橋 健 (目黒区) and 鈴木 ゆき (札幌市) apply for procedures
 * without a signature that every municipality offers online, one procedure per test.
 */
class ApplicationFormBrowserIT extends BrowserPortalTest {

    private static final Path PKI = DATA.resolve("pki");
    private static final Path CARDS = DATA.resolve("cards");
    private static final String MEGURO = "131105";
    private static final String SAPPORO = "011011";

    private static Path pdf;

    @BeforeAll
    static void prepareCardsAndAttachment() throws IOException {
        pdf = Files.createTempFile("student-card", ".pdf");
        Files.write(pdf, ApplicationServiceContract.PDF);
        freshCard("ken", "4567");
        freshCard("yuki", "3456");
    }

    @AfterAll
    static void removeAttachment() throws IOException {
        Files.deleteIfExists(pdf);
    }

    @BeforeEach
    void freshVisitor() {
        open("/");
        browser.manage().deleteAllCookies();
        ((JavascriptExecutor) browser).executeScript("window.sessionStorage.clear();");
        Browser.contentSecurityPolicyViolations(browser);
    }

    @Test
    void typingAndPressingConfirmAtOnceAlwaysReachesTheConfirmationWithWhatWasTyped() {
        logInFromTop("ken", "4567", "けん");
        startApplication(MEGURO, "国民年金の資格取得・種別変更の届出");
        fillApplicant("たかはし けん");
        setDate("retire_date", "2026-09-30");
        new Select(field("spouse_change")).selectByIndex(1);
        field("declaration").click();
        waitForAutosave();
        for (int round = 1; round <= 5; round++) {
            // no waiting between typing and the click: the change's autosave and the button race
            typeInto("basic_pension_number", "1234-56789" + round);
            browser.findElement(By.id("apply:confirm")).click();
            PortalBrowser.waiting(browser).until(ExpectedConditions.urlContains("/pittari/apply/confirm.xhtml"));
            assertThat(browser.findElement(By.tagName("body")).getText()).doesNotContain("ただいま処理できませんでした");
            assertThat(browser.findElement(By.id("values")).getText()).contains("1234-56789" + round);
            browser.findElement(By.id("confirm:back")).click();
            PortalBrowser.waiting(browser).until(ExpectedConditions.urlContains("/pittari/apply/form.xhtml"));
        }
    }

    @Test
    void enterInATextFieldGoesOnToTheConfirmationAndNeverRemovesTheAttachment() {
        logInFromTop("ken", "4567", "けん");
        startApplication(MEGURO, "国民年金保険料の学生納付特例の申請");
        fillApplicant("たかはし けん");
        field("student_proof").sendKeys(pdf.toAbsolutePath().toString());
        browser.findElement(By.cssSelector("[data-field='student_proof'] input[id$=':upload']"))
                .click();
        PortalBrowser.waitForText(browser, By.id("attached-student_proof"), "student-card");

        typeInto("school_name", "目黒大学");
        field("school_name").sendKeys(Keys.ENTER);

        // Enter is 「確認へすすむ」: the declaration is missing, so the form says so beside it
        PortalBrowser.waitForText(browser, By.id("error-declaration"), "チェック");
        assertThat(browser.findElement(By.id("attached-student_proof")).getText())
                .contains("student-card");
        assertThat(field("school_name").getAttribute("value")).isEqualTo("目黒大学");
    }

    @Test
    void removingAnAttachmentAsksFirstAndKeepsItWhenTheResidentSaysNo() {
        logInFromTop("yuki", "3456", "ゆき");
        startApplication(SAPPORO, "国民年金保険料の学生納付特例の申請");
        field("student_proof").sendKeys(pdf.toAbsolutePath().toString());
        browser.findElement(By.cssSelector("[data-field='student_proof'] input[id$=':upload']"))
                .click();
        PortalBrowser.waitForText(browser, By.id("attached-student_proof"), "student-card");
        browser.findElement(By.cssSelector("[data-field='student_proof'] input[id$=':remove']"))
                .click();
        assertThat(browser.switchTo().alert().getText()).contains("削除します");
        browser.switchTo().alert().dismiss();
        assertThat(browser.findElement(By.id("attached-student_proof")).getText())
                .contains("student-card");
        browser.navigate().refresh();
        assertThat(browser.findElement(By.id("attached-student_proof")).getText())
                .contains("student-card");
    }

    @Test
    void aSessionThatEndsWithTheFormOpenSaysSoKeepsWhatWasTypedAndReturnsToTheForm() {
        logInFromTop("ken", "4567", "けん");
        startApplication(MEGURO, "国民年金保険料の免除・納付猶予の申請");
        String form = browser.getCurrentUrl();
        typeInto("applied_period", "令和8年7月から令和9年6月まで");
        waitForAutosave();

        // the session ends (as after 30 minutes without a request); the resident goes on typing
        browser.manage().deleteAllCookies();
        typeInto("basic_pension_number", "9876-543210");
        waitForAutosave();
        PortalBrowser.waitForText(browser, By.id("session-ended"), "ログインの有効期間が終了");
        assertThat(browser.findElement(By.id("apply:save-status")).getText()).doesNotContain("一時保存しました");
        assertThat(field("basic_pension_number").getAttribute("value")).isEqualTo("9876-543210");
        assertAccessible("the form after the session ended");

        // a button does not send the page into the login either: the message stays, the input too
        browser.findElement(By.id("apply:save")).click();
        assertThat(browser.getCurrentUrl()).isEqualTo(form);
        assertThat(field("basic_pension_number").getAttribute("value")).isEqualTo("9876-543210");

        browser.findElement(By.id("session-ended-login")).click();
        PortalBrowser.waiting(browser).until(ExpectedConditions.urlContains("/auth/login.xhtml"));
        logIn("ken", "4567", "けん");
        PortalBrowser.waiting(browser).until(ExpectedConditions.urlToBe(form));
        PortalBrowser.waitForText(browser, By.id("unsent-restored"), "戻し");
        assertThat(field("basic_pension_number").getAttribute("value")).isEqualTo("9876-543210");
        waitForAutosave();

        // it is stored: opened again, the form shows it without any help from the browser
        ((JavascriptExecutor) browser).executeScript("window.sessionStorage.clear();");
        browser.navigate().refresh();
        assertThat(field("basic_pension_number").getAttribute("value")).isEqualTo("9876-543210");
        assertThat(field("applied_period").getAttribute("value")).isEqualTo("令和8年7月から令和9年6月まで");
    }

    @Test
    void aReceivedApplicationOpensReadOnlyAndSaysWhy() {
        logInFromTop("yuki", "3456", "ゆき");
        startApplication(SAPPORO, "国民年金の資格取得・種別変更の届出");
        String form = browser.getCurrentUrl();
        fillApplicant("すずき ゆき");
        setDate("retire_date", "2026-08-31");
        new Select(field("spouse_change")).selectByIndex(1);
        field("declaration").click();
        waitForAutosave();
        Screenshots.both(browser, "application-form");
        browser.findElement(By.id("apply:confirm")).click();
        PortalBrowser.waiting(browser).until(ExpectedConditions.urlContains("/pittari/apply/confirm.xhtml"));
        Screenshots.both(browser, "application-confirm");
        browser.findElement(By.id("confirm:submit")).click();
        PortalBrowser.waiting(browser).until(ExpectedConditions.urlContains("/pittari/apply/done.xhtml"));
        String receiptNumber = browser.findElement(By.id("receipt-number")).getText();
        Screenshots.both(browser, "application-done");

        browser.get(form);
        PortalBrowser.waitForText(browser, By.id("read-only"), receiptNumber);
        assertThat(browser.findElement(By.id("read-only")).getText()).contains("変更できない");
        assertThat(browser.findElements(By.cssSelector("input[data-key], select[data-key]")))
                .isEmpty();
        assertThat(browser.findElements(By.id("apply:confirm"))).isEmpty();
        assertThat(browser.findElement(By.id("values")).getText()).contains("2026-08-31");
        assertAccessible("a received application");

        open("/pittari/apply/resume.xhtml");
        Screenshots.both(browser, "application-resume");
        browser.findElements(By.cssSelector("#submitted .submitted-link")).stream()
                .filter(e -> e.getText().equals("国民年金の資格取得・種別変更の届出"))
                .findFirst()
                .orElseThrow()
                .click();
        PortalBrowser.waitForText(browser, By.id("read-only"), receiptNumber);
    }

    @Test
    void inEnglishAChoiceShowsEnglishLabelsWhileTheJapaneseOptionIsWhatIsStored() {
        logInFromTop("yuki", "3456", "ゆき");
        startApplication(SAPPORO, "国民年金保険料の免除・納付猶予の申請");
        switchLanguage("日本語");
        Select unemployment = new Select(field("unemployment"));
        assertThat(unemployment.getOptions().stream().map(WebElement::getText))
                .containsExactly(
                        "Please choose", "Yes (apply for the special rule for unemployment and similar)", "No");
        assertThat(unemployment.getOptions().stream().map(o -> o.getAttribute("value")))
                .containsExactly("", "あり（失業等による特例を申請する）", "なし");
        fillApplicant("すずき ゆき");
        typeInto("applied_period", "令和8年7月から令和9年6月まで");
        unemployment.selectByVisibleText("No");
        field("declaration").click();
        waitForAutosave();
        browser.findElement(By.id("apply:confirm")).click();
        PortalBrowser.waiting(browser).until(ExpectedConditions.urlContains("/pittari/apply/confirm.xhtml"));
        assertThat(confirmed("unemployment")).isEqualTo("No");
        assertAccessible("the confirmation in English");

        switchLanguage("English");
        assertThat(confirmed("unemployment")).isEqualTo("なし");
    }

    // --- helpers

    /**
     * Presses the header's language switch and waits for the page in the other language, whose
     * switch then offers {@code switchBack} (「日本語」 on an English page, 「English」 on a Japanese one).
     */
    private static void switchLanguage(String switchBack) {
        browser.findElement(By.id("language:switch")).click();
        PortalBrowser.waiting(browser)
                .until(d -> d.findElement(By.id("language:switch"))
                        .getAttribute("value")
                        .equals(switchBack));
    }

    private static String confirmed(String key) {
        return browser.findElement(By.cssSelector("[data-field='" + key + "'] dd"))
                .getText();
    }

    private void open(String path) {
        browser.get(portal.toExternalForm().replaceAll("/$", "") + path);
    }

    private static void assertAccessible(String page) {
        assertThat(Browser.seriousAccessibilityViolations(browser)).as(page).isEmpty();
        assertThat(Browser.contentSecurityPolicyViolations(browser)).as(page).isEmpty();
    }

    private static void freshCard(String cardId, String pin) {
        CardFile card = new CardFile(CARDS.resolve(cardId + CardFile.EXTENSION));
        DevelopmentPki.openOrCreate(PKI).resetPin(card, PinKind.AUTH, pin.toCharArray());
    }

    /** Logs in with a demo card on the login page already open; registers at the first login. */
    private static void logIn(String cardId, String pin, String nickname) {
        new Select(browser.findElement(By.id("login:reader")))
                .selectByValue(ApplicationServiceContract.READER + cardId);
        browser.findElement(By.id("login:password")).sendKeys(pin);
        browser.findElement(By.id("login:next")).click();
        PortalBrowser.waiting(browser)
                .withMessage(() -> "still at " + browser.getCurrentUrl() + ": "
                        + browser.findElement(By.tagName("main")).getText())
                .until(d -> !d.getCurrentUrl().contains("/auth/login.xhtml"));
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

    /** Opens the form of a procedure of the municipality (its draft, new or the one already there). */
    private void startApplication(String lgCode, String procedureName) {
        open("/pittari/search.xhtml?lg=" + lgCode + "&mode=list");
        String id = browser.findElements(By.cssSelector(".procedure[data-online='true']")).stream()
                .filter(e -> e.findElement(By.cssSelector(".procedure__name"))
                        .getText()
                        .equals(procedureName))
                .findFirst()
                .orElseThrow(() -> new AssertionError(procedureName + " is not online in " + lgCode))
                .getAttribute("data-procedure-id");
        open("/pittari/apply/start.xhtml?p=" + id);
        browser.findElement(By.id("start:proceed")).click();
        PortalBrowser.waiting(browser).until(ExpectedConditions.urlContains("/pittari/apply/form.xhtml"));
    }

    private static void fillApplicant(String kana) {
        typeInto("applicant_kana", kana);
        typeInto("applicant_phone", "03-1234-5678");
        waitForAutosave();
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

    /** Leaves the field being typed in and waits until the saves its change started have answered. */
    private static void waitForAutosave() {
        ((JavascriptExecutor) browser)
                .executeScript("if (document.activeElement && document.activeElement !== document.body) {"
                        + " document.activeElement.blur(); }");
        PortalBrowser.waiting(browser)
                .until(d -> Boolean.TRUE.equals(((JavascriptExecutor) d)
                        .executeScript("return !window.PrimeFaces || PrimeFaces.ajax.Queue.isEmpty();")));
    }
}
