package jp.mynaportal.selfinfo;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.stream.Collectors;
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

/**
 * あなたの情報 in a real Chromium on the browser tests' portal, as the demo resident hanako: the
 * handbook's steps 1–10 from the top-page tile (検索条件を表示, 分野, 分野詳細, 確認対象日, 確認,
 * 注意事項, 確認, 閉じる, 詳細を表示, 結果を表示 of 課税情報), a past 確認対象日 that changes the
 * answer, the corrected 2023 tax record, the chart's text table, the PDF and CSV, a wrong date
 * said beside its field with the typed value kept, the English page; axe-core clean, no CSP
 * violation, no sideways scrolling at 360 px.
 */
class SelfInfoBrowserIT extends BrowserPortalTest {

    @BeforeEach
    void logIn() {
        PortalBrowser.logInAfresh(browser, portal, "hanako", "1234", "はなこ");
    }

    private void open(String path) {
        browser.get(portal.toExternalForm().replaceAll("/$", "") + path);
    }

    private static void click(String id) {
        browser.findElement(By.id(id)).click();
    }

    private static void assertAccessible(String page) {
        assertThat(Browser.seriousAccessibilityViolations(browser)).as(page).isEmpty();
        assertThat(Browser.contentSecurityPolicyViolations(browser)).as(page).isEmpty();
    }

    private static void waitFor(String id) {
        PortalBrowser.waiting(browser).until(ExpectedConditions.visibilityOfElementLocated(By.id(id)));
    }

    @Test
    void theHandbookStepsShowTheTaxRecordOfThePastDate() throws Exception {
        open("/");
        browser.findElement(By.cssSelector("[data-service='selfinfo']")).click();
        waitFor("selfinfo-show-conditions");
        assertAccessible("あなたの情報");

        click("selfinfo-show-conditions");
        waitFor("field-tax");
        click("field-tax");
        click("field-pension");
        click("field-household");
        click("selfinfo-choose-fields");
        waitFor("item-tax_income");
        assertAccessible("分野詳細");
        click("item-tax_income");
        click("item-pension");
        click("item-household");
        WebElement date = browser.findElement(By.id("asOf"));
        date.clear();
        ((JavascriptExecutor) browser).executeScript("arguments[0].value = '2023-07-01';", date);
        click("selfinfo-confirm-conditions");

        waitFor("selfinfo-notice");
        assertThat(browser.findElement(By.id("selfinfo-notice")).getText()).contains("注意事項");
        assertAccessible("注意事項");
        click("selfinfo-confirm-notice");

        waitFor("selfinfo-close");
        assertThat(browser.findElement(By.id("selfinfo-summary")).getText())
                .contains("税・所得")
                .contains("2023年7月1日");
        click("selfinfo-close");
        PortalBrowser.waiting(browser).until(ExpectedConditions.urlContains("closed=true"));
        waitFor("selfinfo-results");
        assertThat(browser.findElements(By.id("selfinfo-summary"))).isEmpty();
        assertThat(browser.findElement(By.id("selfinfo-as-of")).getText()).contains("2023年7月1日");

        WebElement tax = browser.findElement(By.cssSelector(".selfinfo-group[data-item='tax_income']"));
        assertThat(tax.getText()).contains("千代田区");
        tax.findElement(By.cssSelector(".selfinfo-details > summary")).click();
        WebElement record = tax.findElement(By.cssSelector(".selfinfo-record"));
        assertThat(record.getText()).contains("2023年6月1日から2024年5月31日まで").contains("訂正されています");
        record.findElement(By.cssSelector(".selfinfo-result > summary")).click();
        WebElement values = record.findElement(By.cssSelector(".selfinfo-values"));
        PortalBrowser.waiting(browser).until(ExpectedConditions.visibilityOf(values));
        assertThat(values.findElement(By.cssSelector("[data-attribute='taxYear'] td"))
                        .getText())
                .isEqualTo("2023年度");
        assertThat(values.findElement(By.cssSelector("[data-attribute='residentTax'] td"))
                        .getText())
                .endsWith("円");
        assertThat(record.findElement(By.cssSelector(".selfinfo-earlier")).getText())
                .contains("訂正前の内容");
        assertThat(tax.findElement(By.cssSelector(".selfinfo-series")).getText())
                .contains("2021年")
                .contains("2025年");
        assertThat(browser.findElement(By.cssSelector(".selfinfo-group[data-item='household']"))
                        .getText())
                .contains("世帯情報");
        assertAccessible("検索結果");

        assertThat(PortalBrowser.overflowingAt(browser, 360))
                .as("検索結果 at 360 px")
                .isEmpty();
        browser.manage().window().setSize(new Dimension(1280, 900));

        String cookies = browser.manage().getCookies().stream()
                .map(c -> c.getName() + "=" + c.getValue())
                .collect(Collectors.joining("; "));
        String pdf = browser.findElement(By.id("selfinfo-pdf")).getAttribute("href");
        String csv = browser.findElement(By.id("selfinfo-csv")).getAttribute("href");
        HttpResponse<byte[]> pdfAnswer = download(pdf, cookies);
        assertThat(pdfAnswer.statusCode()).isEqualTo(200);
        assertThat(new String(pdfAnswer.body(), 0, 5, java.nio.charset.StandardCharsets.US_ASCII))
                .isEqualTo("%PDF-");
        HttpResponse<byte[]> csvAnswer = download(csv, cookies);
        String csvText = new String(csvAnswer.body(), java.nio.charset.StandardCharsets.UTF_8);
        assertThat(csvText).contains("確認対象日: 2023年7月1日").contains("取得日時:").contains("\"課税年度\",\"2023年度\"");
    }

    @Test
    void aPastDateChangesTheAnswer() {
        open("/selfinfo/index.xhtml?step=results&field=tax&item=tax_income&asOf=2021-07-01&closed=true");
        waitFor("selfinfo-results");
        WebElement tax = browser.findElement(By.cssSelector(".selfinfo-group[data-item='tax_income']"));
        tax.findElement(By.cssSelector(".selfinfo-details > summary")).click();
        tax.findElement(By.cssSelector(".selfinfo-result > summary")).click();

        assertThat(tax.findElement(By.cssSelector("[data-attribute='taxYear'] td"))
                        .getText())
                .isEqualTo("2021年度");
    }

    @Test
    void aWrongDateIsSaidBesideItsFieldAndKept() {
        open("/selfinfo/index.xhtml?step=notice&field=tax&item=tax_income&asOf=2023-02-30");

        waitFor("asOf-message");
        assertThat(browser.findElement(By.id("asOf-message")).getText()).contains("年-月-日");
        assertThat(browser.findElement(By.id("asOf")).getAttribute("aria-invalid"))
                .isEqualTo("true");
        assertThat(browser.findElement(By.id("item-tax_income")).isSelected()).isTrue();
        assertAccessible("あなたの情報 with a wrong date");
    }

    @Test
    void nothingChosenIsSaidBesideTheItems() {
        open("/selfinfo/index.xhtml?step=notice&field=tax&asOf=2024-01-01");

        waitFor("item-message");
        assertThat(browser.findElement(By.id("item-message")).getText()).contains("分野詳細を1つ以上選んでください");
    }

    @Test
    void theResultsReadInEnglish() {
        open("/");
        click("language:switch");
        PortalBrowser.waiting(browser).until(ExpectedConditions.attributeToBe(By.tagName("html"), "lang", "en"));
        open("/selfinfo/index.xhtml?step=results&field=pension&item=pension&asOf=2024-07-01");

        waitFor("selfinfo-results");
        assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("Your information");
        assertThat(browser.findElement(By.cssSelector(".selfinfo-group[data-item='pension']"))
                        .getText())
                .contains("Pension")
                .contains("Japan Pension Service")
                .contains("Show details");
        assertAccessible("Your information (English)");
        click("language:switch");
        PortalBrowser.waiting(browser).until(ExpectedConditions.attributeToBe(By.tagName("html"), "lang", "ja"));
    }

    private HttpResponse<byte[]> download(String url, String cookies) throws Exception {
        return HttpClient.newHttpClient()
                .send(
                        HttpRequest.newBuilder(URI.create(url))
                                .header("Cookie", cookies)
                                .build(),
                        HttpResponse.BodyHandlers.ofByteArray());
    }
}
