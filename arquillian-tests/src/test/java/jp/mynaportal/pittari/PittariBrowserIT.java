package jp.mynaportal.pittari;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import jp.mynaportal.support.Browser;
import jp.mynaportal.support.BrowserPortalTest;
import jp.mynaportal.support.PortalBrowser;
import jp.mynaportal.support.PortalHttp;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * ぴったりサービス (handbook 3-C, screens 1–6) in a real Chromium against the built portal on
 * Payara Micro, for 目黒区 found by its postal code: the live 該当件数, keyword search in kana with
 * highlighted matches, 手続詳細, the 申請する rule, the back button, shared links, 地域比較,
 * accessibility (axe-core) and the Content-Security-Policy.
 */
class PittariBrowserIT extends BrowserPortalTest {

    private static final String NO_JAPANESE = "[^\\p{IsHan}\\p{IsHiragana}\\p{IsKatakana}]+";
    private static final String MEGURO = "131105";
    private static final String SAPPORO_CHUO = "011011";
    private static final Pattern COUNT = Pattern.compile("該当件数 (\\d+) 件");

    @BeforeEach
    void freshVisitor() {
        browser.manage().window().setSize(new Dimension(1280, 900));
        open("/");
        browser.manage().deleteAllCookies();
        Browser.contentSecurityPolicyViolations(browser);
    }

    @Test
    void topPageTileLeadsThroughTryItAndStartNowToTheRegionStep() {
        open("/");
        browser.findElement(By.cssSelector("[data-service='pittari']")).click();
        PortalBrowser.waitForText(browser, By.tagName("h1"), "ぴったりサービス");
        assertAccessible("introduction");
        browser.findElement(By.id("try-link")).click();
        assertThat(browser.findElement(By.id("try-link")).getText()).isEqualTo("使ってみる");
        WebElement start = browser.findElement(By.id("start"));
        assertThat(start.getText()).isEqualTo("さっそく使ってみる");
        start.click();
        PortalBrowser.waitForText(browser, By.id("region-heading"), "地域を選んでください");
        assertThat(browser.findElement(By.id("lg-hint")).getText()).isEqualTo("最初に、都道府県を選択してください");
        assertAccessible("region step");
    }

    @Test
    void postalCodeFindsMeguroWhoseCategoriesAreOffered() {
        chooseMeguroByPostalCode();
        assertThat(browser.getCurrentUrl()).endsWith("/pittari/search.xhtml?lg=" + MEGURO);
        assertThat(browser.findElement(By.id("chosen-region")).getText()).isEqualTo("東京都目黒区");
        assertThat(browser.findElements(By.cssSelector("input[data-category]"))).isNotEmpty();
        assertThat(countShown()).isZero();
        assertAccessible("category search");
    }

    @Test
    void prefectureThenMunicipalityLeadsToTheSameSearch() {
        open("/pittari/region.xhtml");
        new org.openqa.selenium.support.ui.Select(browser.findElement(By.id("pref"))).selectByVisibleText("東京都");
        browser.findElement(By.id("show-prefecture")).click();
        PortalBrowser.waitForText(browser, By.id("lg-hint"), "この市町村で探す");
        new org.openqa.selenium.support.ui.Select(browser.findElement(By.id("lg"))).selectByVisibleText("目黒区");
        browser.findElement(By.id("choose-municipality")).click();
        PortalBrowser.waitForText(browser, By.id("chosen-region"), "東京都目黒区");
    }

    @Test
    void wrongOrUnknownRegionInputGetsTheHintBesideTheFieldAndIsKept() {
        open("/pittari/region.xhtml");
        search(By.id("q"), "153006", By.id("search-region"));
        PortalBrowser.waitForText(browser, By.id("q-message"), "7桁");
        assertThat(browser.findElement(By.id("q")).getAttribute("value")).isEqualTo("153006");
        assertAccessible("region step with an error");
        search(By.id("q"), "存在しない町", By.id("search-region"));
        PortalBrowser.waitForText(browser, By.id("q-message"), "見つかりませんでした");
        assertThat(browser.findElement(By.id("q")).getAttribute("value")).isEqualTo("存在しない町");
        search(By.id("q"), "", By.id("search-region"));
        PortalBrowser.waitForText(browser, By.id("q-message"), "郵便番号又は市町村名を入力してください");
    }

    @Test
    void liveCountFollowsTheBoxesAndEqualsTheLengthOfTheResultList() {
        chooseMeguroByPostalCode();
        tickCategory("CHILDCARE");
        int childcare = waitForCountAbove(0);
        tickCategory("HEALTH");
        int both = waitForCountAbove(childcare);
        browser.findElement(By.id("category-search")).click();
        PortalBrowser.waiting(browser, Duration.ofSeconds(15)).until(ExpectedConditions.urlContains("c=HEALTH"));
        assertThat(browser.getCurrentUrl())
                .contains("lg=" + MEGURO)
                .contains("mode=category")
                .contains("c=CHILDCARE");
        assertThat(browser.findElements(By.cssSelector(".procedure"))).hasSize(both);
        assertThat(countShown()).isEqualTo(both);
        assertThat(browser.findElement(By.id("results-heading")).getText()).contains(String.valueOf(both));
        assertAccessible("category results");
    }

    @Test
    void selectAllAndResetUpdateTheCount() {
        chooseMeguroByPostalCode();
        browser.findElement(By.id("category-all")).click();
        int all = waitForCountAbove(0);
        assertThat(browser.findElements(By.cssSelector("input[data-category]"))).allMatch(WebElement::isSelected);
        browser.findElement(By.id("category-reset")).click();
        wait(browser).until(d -> countShown() == 0);
        assertThat(browser.findElements(By.cssSelector("input[data-category]"))).noneMatch(WebElement::isSelected);
        browser.findElement(By.id("category-search")).click();
        PortalBrowser.waitForText(browser, By.id("category-message"), "カテゴリーを1つ以上選んでください");
        open("/pittari/search.xhtml?lg=" + MEGURO + "&mode=list");
        assertThat(browser.findElements(By.cssSelector(".procedure"))).hasSize(all);
    }

    @Test
    void keywordInKanaFindsChildcareWithTheMatchHighlighted() {
        chooseMeguroByPostalCode();
        browser.findElement(By.cssSelector("[data-mode='keyword']")).click();
        search(By.id("q"), "こそだて", By.id("keyword-search"));
        waitFor(By.cssSelector(".procedure"));
        assertThat(browser.getCurrentUrl()).contains("mode=keyword").contains("lg=" + MEGURO);
        List<String> marked = browser.findElements(By.cssSelector(".procedure mark")).stream()
                .map(WebElement::getText)
                .toList();
        assertThat(marked).contains("子育て");
        assertThat(browser.findElement(By.id("main")).getText()).doesNotContain("<mark>");
        assertThat(browser.findElement(By.id("q")).getAttribute("value")).isEqualTo("こそだて");
        assertAccessible("keyword results");
    }

    @Test
    void emptyKeywordGetsAMessageBesideTheField() {
        open("/pittari/search.xhtml?lg=" + MEGURO + "&mode=keyword");
        search(By.id("q"), "", By.id("keyword-search"));
        PortalBrowser.waitForText(browser, By.id("q-message"), "キーワードを入力してください");
    }

    @Test
    void detailPageSaysEverythingAResidentNeeds() {
        open("/pittari/search.xhtml?lg=" + MEGURO + "&mode=category&c=CHILDCARE");
        String name = browser.findElement(By.cssSelector(".procedure__name")).getText();
        browser.findElement(By.cssSelector(".procedure__detail")).click();
        PortalBrowser.waitForText(browser, By.id("procedure-name"), name);
        for (String id : List.of("detail-summary", "detail-eligibility", "detail-documents", "detail-fee")) {
            assertThat(browser.findElement(By.id(id)).getText()).as(id).isNotBlank();
        }
        assertThat(browser.findElement(By.id("detail-submit-to")).getText()).startsWith("東京都目黒区");
        assertThat(browser.findElement(By.id("detail-online")).getText()).isIn("できます", "できません（窓口又は郵送で手続してください）");
        assertThat(browser.findElement(By.id("detail-signature")).getText()).containsAnyOf("必要です", "不要です");
        assertAccessible("procedure details");
    }

    @Test
    void applyIsEnabledOnlyWhileEveryTickedProcedureIsOnlineAndThenAsksToConfirm() {
        open("/pittari/search.xhtml?lg=" + MEGURO + "&mode=list");
        WebElement apply = browser.findElement(By.id("apply"));
        assertThat(apply.isEnabled()).isFalse();
        WebElement online = browser.findElement(By.cssSelector(".procedure[data-online='true'] input[type=checkbox]"));
        online.click();
        waitForApply(true);
        browser.findElement(By.cssSelector(".procedure[data-online='false'] input[type=checkbox]"))
                .click();
        waitForApply(false);
        browser.findElement(By.cssSelector(".procedure[data-online='false'] input[type=checkbox]"))
                .click();
        waitForApply(true);
        browser.findElement(By.id("apply")).click();
        PortalBrowser.waitForText(browser, By.id("apply-result"), "「OK」を押してください");
        assertThat(browser.findElements(By.cssSelector(".messages li, .field__error")))
                .isEmpty();
        assertAccessible("list with 申請する to confirm");
    }

    @Test
    void backButtonReturnsToEachStepWithItsInputsIntact() {
        chooseMeguroByPostalCode();
        tickCategory("CHILDCARE");
        waitForCountAbove(0);
        browser.findElement(By.id("category-search")).click();
        PortalBrowser.waiting(browser, Duration.ofSeconds(15)).until(ExpectedConditions.urlContains("c=CHILDCARE"));
        int results = browser.findElements(By.cssSelector(".procedure")).size();
        browser.findElement(By.cssSelector(".procedure__detail")).click();
        waitFor(By.id("procedure-name"));

        browser.navigate().back();
        waitFor(By.cssSelector(".procedure"));
        assertThat(browser.findElement(By.cssSelector("input[data-category='CHILDCARE']"))
                        .isSelected())
                .isTrue();
        assertThat(browser.findElements(By.cssSelector(".procedure"))).hasSize(results);

        browser.navigate().back();
        browser.navigate().back();
        waitFor(By.id("region-heading"));
        assertThat(browser.findElement(By.id("q")).getAttribute("value")).isEqualTo("1530063");
        assertThat(browser.findElement(By.cssSelector("[data-lg-code='" + MEGURO + "']"))
                        .isDisplayed())
                .isTrue();
    }

    @Test
    void sharedLinkReproducesTheSearchForAnotherVisitor() {
        chooseMeguroByPostalCode();
        tickCategory("ELDERLY_CARE");
        waitForCountAbove(0);
        tickCategory("HEALTH");
        browser.findElement(By.id("category-search")).click();
        PortalBrowser.waiting(browser, Duration.ofSeconds(15)).until(ExpectedConditions.urlContains("c="));
        String link = browser.getCurrentUrl();
        List<String> ids = procedureIds();

        browser.manage().deleteAllCookies();
        browser.get(link);
        waitFor(By.cssSelector(".procedure"));
        assertThat(procedureIds()).containsExactlyElementsOf(ids);
        assertThat(browser.findElement(By.cssSelector("input[data-category='ELDERLY_CARE']"))
                        .isSelected())
                .isTrue();
    }

    @Test
    void regionComparisonShowsPerProcedureWhereItExistsAndWhereItIsOnline() {
        open("/pittari/index.xhtml");
        browser.findElement(By.id("compare")).click();
        PortalBrowser.waitForText(browser, By.tagName("h1"), "地域比較");
        search(By.id("q"), "1530063", By.id("search-region"));
        waitFor(By.cssSelector("[data-add='" + MEGURO + "']"));
        browser.findElement(By.cssSelector("[data-add='" + MEGURO + "']")).click();
        waitFor(By.cssSelector("[data-remove='" + MEGURO + "']"));
        search(By.id("q"), "札幌市中央区", By.id("search-region"));
        waitFor(By.cssSelector("[data-add='" + SAPPORO_CHUO + "']"));
        browser.findElement(By.cssSelector("[data-add='" + SAPPORO_CHUO + "']")).click();
        waitFor(By.id("comparison"));
        assertThat(browser.getCurrentUrl()).contains("lg=" + MEGURO + "&lg=" + SAPPORO_CHUO);
        List<String> columns = browser.findElements(By.cssSelector("#comparison thead th")).stream()
                .map(WebElement::getText)
                .toList();
        assertThat(columns).containsExactly("手続", "東京都目黒区", "北海道札幌市中央区");
        List<WebElement> cells = browser.findElements(By.cssSelector("#comparison tbody td"));
        assertThat(cells)
                .isNotEmpty()
                .allSatisfy(cell -> assertThat(cell.getText()).isIn("オンライン", "窓口", "なし"));
        assertThat(cells).extracting(WebElement::getText).contains("オンライン", "窓口");
        assertAccessible("地域比較");
    }

    @Test
    void screensFitAPhone360PixelsWide() {
        browser.manage().window().setSize(new Dimension(360, 740));
        for (String path : List.of(
                "/pittari/index.xhtml",
                "/pittari/region.xhtml?q=1530063",
                "/pittari/search.xhtml?lg=" + MEGURO + "&mode=category&c=CHILDCARE",
                "/pittari/search.xhtml?lg=" + MEGURO + "&mode=keyword&q=%E3%81%93%E3%81%9D%E3%81%A0%E3%81%A6",
                "/pittari/compare.xhtml?lg=" + MEGURO + "&lg=" + SAPPORO_CHUO)) {
            open(path);
            Long scrollWidth = (Long) browser.executeScript("return document.documentElement.scrollWidth;");
            Long clientWidth = (Long) browser.executeScript("return document.documentElement.clientWidth;");
            assertThat(scrollWidth).as(path).isLessThanOrEqualTo(clientWidth);
        }
    }

    @Test
    void walkRunsWithoutContentSecurityPolicyViolations() {
        chooseMeguroByPostalCode();
        tickCategory("CHILDCARE");
        waitForCountAbove(0);
        browser.findElement(By.id("category-search")).click();
        PortalBrowser.waiting(browser, Duration.ofSeconds(15)).until(ExpectedConditions.urlContains("c=CHILDCARE"));
        browser.findElement(By.cssSelector(".procedure input[type=checkbox]")).click();
        PortalBrowser.waitForText(browser, By.cssSelector(".apply-area__selected"), "選択中の手続：1 件");
        assertThat(Browser.contentSecurityPolicyViolations(browser)).isEmpty();
    }

    @Test
    void aSearchPageServedAgainIsTheSamePageWithItsOwnNonce() throws Exception {
        String address = "/pittari/search.xhtml?lg=" + MEGURO + "&mode=category&c=HEALTH&c=EDUCATION";
        HttpResponse<String> first = anonymousGet(address);
        HttpResponse<String> second = anonymousGet(address);

        String firstNonce = nonceOf(first);
        String secondNonce = nonceOf(second);
        assertThat(secondNonce).isNotEqualTo(firstNonce);
        assertThat(second.body())
                .contains("nonce=\"" + secondNonce + "\"")
                .doesNotContain(firstNonce)
                .isEqualTo(first.body().replace(firstNonce, secondNonce));
        assertThat(second.headers().firstValue("X-Frame-Options")).contains("DENY");

        open(address);
        waitFor(By.cssSelector(".procedure"));
        assertThat(Browser.contentSecurityPolicyViolations(browser)).isEmpty();
        browser.findElement(By.cssSelector(".procedure input[type=checkbox]")).click();
        PortalBrowser.waitForText(browser, By.id("apply-selected"), "選択中の手続：1 件");
        assertThat(Browser.contentSecurityPolicyViolations(browser)).isEmpty();
    }

    @Test
    void switchingToEnglishOnAServedAgainSearchKeepsTheSearchAndShowsEnglish() throws Exception {
        String address = "/pittari/search.xhtml?lg=" + MEGURO + "&mode=category&c=CHILDCARE&c=HEALTH";
        anonymousGet(address);
        open(address);
        int japanese = browser.findElements(By.cssSelector(".procedure")).size();
        assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("ぴったりサービス");

        browser.findElement(By.id("language:switch")).click();
        PortalBrowser.waitForText(browser, By.tagName("h1"), "Pittari Service");
        assertThat(browser.getCurrentUrl()).contains("c=CHILDCARE").contains("c=HEALTH");
        assertThat(browser.findElements(By.cssSelector(".procedure"))).hasSize(japanese);
        assertThat(browser.findElements(By.cssSelector(".procedure__name")).stream()
                        .map(WebElement::getText))
                .contains("Child allowance: application for certification")
                .allMatch(name -> !name.matches(".*[\\p{IsHan}\\p{IsHiragana}].*"));
        browser.navigate().refresh();
        PortalBrowser.waitForText(browser, By.tagName("h1"), "Pittari Service");
        browser.findElement(By.id("language:switch")).click();
        PortalBrowser.waitForText(browser, By.tagName("h1"), "ぴったりサービス");
    }

    @Test
    void englishKeywordFindsChildAllowanceInEnglishWithTheMatchHighlighted() {
        open("/pittari/search.xhtml?lg=" + MEGURO + "&mode=keyword");
        browser.findElement(By.id("language:switch")).click();
        PortalBrowser.waitForText(browser, By.tagName("h1"), "Pittari Service");
        search(By.id("q"), "child", By.id("keyword-search"));
        waitFor(By.cssSelector(".procedure"));
        assertThat(browser.findElements(By.cssSelector(".procedure__name")).stream()
                        .map(WebElement::getText)
                        .toList())
                .contains("Child allowance: application for certification");
        assertThat(browser.findElements(By.cssSelector(".procedure mark")).stream()
                        .map(WebElement::getText)
                        .toList())
                .contains("Child");
        assertAccessible("English keyword results");
    }

    @Test
    void englishDetailPageShowsEveryTextOfTheTemplateInEnglish() {
        open("/pittari/search.xhtml?lg=" + MEGURO + "&mode=category&c=WASTE_ENVIRONMENT");
        browser.findElement(By.id("language:switch")).click();
        PortalBrowser.waitForText(browser, By.tagName("h1"), "Pittari Service");
        String name = browser.findElement(By.cssSelector(".procedure__name")).getText();
        browser.findElement(By.cssSelector(".procedure__detail")).click();
        PortalBrowser.waitForText(browser, By.id("procedure-name"), name);
        assertThat(name).matches("[\\p{IsLatin} :(),'-]+");
        assertThat(browser.findElement(By.id("detail-summary")).getText()).matches("[^\\p{IsHan}]+");
        for (String id : List.of("detail-eligibility", "detail-documents", "detail-fee")) {
            WebElement detail = browser.findElement(By.id(id));
            assertThat(detail.getAttribute("lang")).as(id).isEqualTo("en");
            assertThat(detail.getText()).as(id).matches(NO_JAPANESE);
        }
        // the municipality's name is a Japanese proper name (so marked); the department is English
        WebElement submitTo = browser.findElement(By.id("detail-submit-to"));
        assertThat(submitTo.getAttribute("lang")).isEqualTo("en");
        assertThat(submitTo.findElement(By.cssSelector("span[lang='ja']")).getText())
                .isEqualTo("東京都目黒区");
        assertThat(submitTo.getText()).startsWith("東京都目黒区 ");
        assertThat(submitTo.getText().substring("東京都目黒区 ".length())).matches(NO_JAPANESE);
        assertThat(browser.findElements(By.id("japanese-only"))).isEmpty();
        assertAccessible("English procedure details");
    }

    private HttpResponse<String> anonymousGet(String path) throws Exception {
        HttpResponse<String> response = PortalHttp.get(portal, path);
        assertThat(response.statusCode()).isEqualTo(200);
        return response;
    }

    private static String nonceOf(HttpResponse<String> response) {
        Matcher nonce = Pattern.compile("'nonce-([^']+)'")
                .matcher(
                        response.headers().firstValue("Content-Security-Policy").orElseThrow());
        assertThat(nonce.find()).isTrue();
        return nonce.group(1);
    }

    private void chooseMeguroByPostalCode() {
        open("/pittari/region.xhtml");
        search(By.id("q"), "1530063", By.id("search-region"));
        waitFor(By.cssSelector("[data-lg-code='" + MEGURO + "']"));
        browser.findElement(By.cssSelector("[data-lg-code='" + MEGURO + "']")).click();
        PortalBrowser.waitForText(browser, By.id("chosen-region"), "東京都目黒区");
    }

    private static void search(By field, String text, By button) {
        WebElement input = browser.findElement(field);
        input.clear();
        input.sendKeys(text);
        browser.findElement(button).click();
    }

    private static void tickCategory(String category) {
        browser.findElement(By.cssSelector("input[data-category='" + category + "']"))
                .click();
    }

    private static int countShown() {
        Matcher matcher =
                COUNT.matcher(browser.findElement(By.id("category-count")).getText());
        return matcher.find() ? Integer.parseInt(matcher.group(1)) : -1;
    }

    private static int waitForCountAbove(int previous) {
        wait(browser).until(d -> countShown() > previous);
        return countShown();
    }

    private static void waitForApply(boolean enabled) {
        wait(browser).until(d -> browser.findElement(By.id("apply")).isEnabled() == enabled);
    }

    private static List<String> procedureIds() {
        return browser.findElements(By.cssSelector(".procedure")).stream()
                .map(e -> e.getAttribute("data-procedure-id"))
                .toList();
    }

    /** A wait that retries when an Ajax update replaced the element it was reading. */
    private static WebDriverWait wait(ChromeDriver driver) {
        return PortalBrowser.waiting(driver, Duration.ofSeconds(15));
    }

    private static void assertAccessible(String screen) {
        assertThat(Browser.seriousAccessibilityViolations(browser)).as(screen).isEmpty();
    }

    private void open(String path) {
        browser.get(portal.toExternalForm().replaceAll("/$", "") + path);
    }

    private static void waitFor(By locator) {
        PortalBrowser.waiting(browser, Duration.ofSeconds(15))
                .until(ExpectedConditions.presenceOfElementLocated(locator));
    }
}
