package jp.mynaportal.insurance;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import jp.mynaportal.agency.AgencyApiClient;
import jp.mynaportal.agency.DemoAgencyKeys;
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
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;

/**
 * Handbook 3-B in Chromium, the whole way, as 鈴木 ゆき (insured by 協会けんぽ): the tile →
 * the six benefits → 「利用を申し込む」 → login → 利用規約 → 「同意して次へ進む」 → ステップ2 「申し込む」 →
 * the 4-digit login password and her card → 「申込みが完了しました」 → 「終了」 to the top page, whose
 * returning-resident panel (3-K) lists the application in progress; going back to the 利用規約 says it
 * is applied for instead of offering a second application. Then 協会けんぽ confirms it over the agency
 * API, a hospital's card reader checks her card and hears her insurance, and the explanation page
 * says the card is registered. Every screen passes axe-core, at desktop
 * width and at 360 px.
 */
class InsuranceBrowserIT extends BrowserPortalTest {

    private static final String CARD = "yuki";
    private static final String PIN = "3456";
    private static final String READER = "Virtual JPKI reader ";

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

    /** axe at desktop width, then at 360 px with no sideways scrolling, then back. */
    private static void assertAccessibleAtBothWidths(String page) {
        assertAccessible(page);
        Dimension desktop = browser.manage().window().getSize();
        try {
            assertThat(PortalBrowser.overflowingAt(browser, 360))
                    .as(page + " scrolls sideways at 360 px")
                    .isEmpty();
            assertAccessible(page + " at 360 px");
        } finally {
            browser.manage().window().setSize(desktop);
        }
    }

    private static void freshCard() {
        Path data = DATA;
        DevelopmentPki.openOrCreate(data.resolve("pki"))
                .resetPin(
                        new CardFile(data.resolve("cards").resolve(CARD + CardFile.EXTENSION)),
                        PinKind.AUTH,
                        PIN.toCharArray());
    }

    private static void logIn() {
        PortalBrowser.logInOnTheLoginPage(browser, READER + CARD, PIN, "ゆき");
    }

    @Test
    void aResidentRegistersTheCardAsHealthInsuranceCardTheHandbooksWay() throws Exception {
        freshCard();
        open("/");
        browser.findElement(By.cssSelector("a[data-service='insurance']")).click();
        PortalBrowser.waiting(browser).until(ExpectedConditions.urlContains("/insurance/index.xhtml"));
        assertThat(browser.findElements(By.cssSelector(".benefit"))).hasSize(6);
        assertAccessibleAtBothWidths("explanation");

        browser.findElement(By.id("apply")).click();
        PortalBrowser.waiting(browser)
                .until(d -> d.getCurrentUrl().contains("/auth/login.xhtml")
                        || d.getCurrentUrl().contains("/insurance/terms.xhtml"));
        if (browser.getCurrentUrl().contains("/auth/login.xhtml")) {
            logIn();
        }
        if (!browser.getCurrentUrl().contains("/insurance/terms.xhtml")) {
            open("/insurance/terms.xhtml");
        }
        assertThat(browser.findElement(By.id("terms:agree")).getText()).isEqualTo("同意して次へ進む");
        assertAccessibleAtBothWidths("利用規約");

        browser.findElement(By.id("terms:agree")).click();
        PortalBrowser.waiting(browser).until(ExpectedConditions.urlContains("/insurance/apply.xhtml"));
        assertAccessibleAtBothWidths("ステップ2");
        browser.findElement(By.id("apply:start")).click();
        PortalBrowser.waiting(browser).until(ExpectedConditions.visibilityOfElementLocated(By.id("apply:password")));
        assertAccessible("password");
        new Select(browser.findElement(By.id("apply:reader"))).selectByValue(READER + CARD);
        browser.findElement(By.id("apply:password")).sendKeys(PIN);
        browser.findElement(By.id("apply:next")).click();

        PortalBrowser.waiting(browser).until(ExpectedConditions.urlContains("/insurance/done.xhtml"));
        assertThat(browser.findElement(By.id("done-heading")).getText()).isEqualTo("申込みが完了しました");
        assertThat(browser.findElement(By.id("receipt-number")).getText()).startsWith("130001-");
        assertAccessibleAtBothWidths("完了");

        browser.findElement(By.id("finish")).click();
        PortalBrowser.waiting(browser)
                .ignoring(StaleElementReferenceException.class)
                .until(ExpectedConditions.visibilityOfElementLocated(By.id("returning")));
        assertThat(browser.findElement(By.id("returning")).getText()).contains("健康保険証利用申込");
        assertAccessibleAtBothWidths("top page after login");

        open("/insurance/terms.xhtml");
        assertThat(browser.findElement(By.id("terms:already")).getText())
                .isEqualTo("健康保険証利用の申込みを受け付けています。医療保険者の確認をお待ちください。");
        assertThat(browser.findElements(By.id("terms:agree"))).isEmpty();

        confirmAsTheInsurerAndCheckAtAHospital();
        open("/insurance/index.xhtml");
        assertThat(browser.findElement(By.id("registration-status")).getText()).contains("マイナンバーカードは健康保険証として登録済みです。");
    }

    /**
     * 協会けんぽ finds ゆき's registration by its own link code and confirms it over the agency API;
     * then the hospital's card reader checks her card and hears her insurance.
     */
    private void confirmAsTheInsurerAndCheckAtAHospital() throws Exception {
        AgencyApiClient api = new AgencyApiClient(portal);
        String linkCode = DemoAgencyKeys.linkCode(DATA.resolve("agency"), InsuranceAgencyApiIT.KYOKAI, CARD);
        HttpResponse<String> pending = api.send(
                DemoAgencyKeys.signer(DATA.resolve("agency"), InsuranceAgencyApiIT.KYOKAI),
                "GET",
                "/api/agency/insurance/registrations",
                null);
        assertThat(pending.statusCode()).isEqualTo(200);
        JsonObject registration = InsuranceAgencyApiIT.json(pending).getJsonArray("registrations").stream()
                .map(JsonValue::asJsonObject)
                .filter(r -> r.getString("linkCode").equals(linkCode))
                .findFirst()
                .orElseThrow();
        HttpResponse<String> confirmed = api.send(
                DemoAgencyKeys.signer(DATA.resolve("agency"), InsuranceAgencyApiIT.KYOKAI),
                "POST",
                "/api/agency/insurance/registrations/"
                        + registration.getJsonNumber("id").longValue() + "/confirmation",
                null);
        assertThat(confirmed.statusCode()).isEqualTo(204);

        freshCard();
        HttpResponse<String> challenge = api.send(
                DemoAgencyKeys.signer(DATA.resolve("agency"), InsuranceAgencyApiIT.HOSPITAL),
                "POST",
                "/api/agency/insurance/eligibility/challenge",
                null);
        String body = InsuranceAgencyApiIT.signedBody(
                portal,
                DATA.resolve("cards"),
                CARD,
                PIN,
                InsuranceAgencyApiIT.json(challenge).getString("challenge"));
        HttpResponse<String> answer = api.send(
                DemoAgencyKeys.signer(DATA.resolve("agency"), InsuranceAgencyApiIT.HOSPITAL),
                "POST",
                "/api/agency/insurance/eligibility",
                body);
        JsonObject eligibility = InsuranceAgencyApiIT.json(answer);
        assertThat(eligibility.getString("outcome")).isEqualTo("ELIGIBLE");
        assertThat(eligibility.getString("insurerNumber")).isEqualTo("01130012");
        assertThat(eligibility.getString("name")).isEqualTo("鈴木 ゆき");
    }
}
