package jp.mynaportal.home;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpHeaders;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
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
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The screens of the foundation in a real Chromium against the built portal on Payara Micro:
 * the top page (handbook 3-A), the language switch, the municipality chooser, the footer pages,
 * the error pages, accessibility (axe-core) and the Content-Security-Policy.
 */
class PortalScreensBrowserIT extends BrowserPortalTest {

    private static final List<String> SERVICE_NAMES =
            List.of("健康保険証利用申込", "ぴったりサービス", "あなたの情報", "やりとり履歴", "お知らせ", "利用履歴", "利用者登録変更", "もっとつながる", "代理人");

    @BeforeEach
    void freshVisitor() {
        browser.manage().window().setSize(new Dimension(1280, 900));
        open("/");
        browser.manage().deleteAllCookies();
        Browser.contentSecurityPolicyViolations(browser);
    }

    @Test
    void topPageListsTheNineServicesOfTheHandbookInOrder() {
        open("/");
        List<String> names = browser.findElements(By.cssSelector(".tile__name")).stream()
                .map(WebElement::getText)
                .toList();
        List<String> letters = browser.findElements(By.cssSelector(".tile__letter")).stream()
                .map(e -> e.getAttribute("textContent"))
                .toList();
        assertThat(names).containsExactlyElementsOf(SERVICE_NAMES);
        assertThat(letters).containsExactly("a", "b", "c", "d", "e", "f", "g", "h", "i");
        assertThat(browser.getTitle()).isEqualTo("トップページ | マイナポータル");
    }

    @Test
    void everyTileLeadsToItsServiceOrSaysThatItIsInPreparation() {
        open("/");
        List<WebElement> tiles = browser.findElements(By.cssSelector(".tile"));
        assertThat(tiles).hasSize(SERVICE_NAMES.size());
        List<String> available = tiles.stream()
                .filter(t -> !t.findElements(By.cssSelector(".tile__link")).isEmpty())
                .map(t -> t.findElement(By.cssSelector(".tile__name")).getText())
                .toList();
        for (WebElement tile : tiles) {
            boolean link = !tile.findElements(By.cssSelector("a")).isEmpty();
            assertThat(tile.getText().contains("準備中")).as(tile.getText()).isEqualTo(!link);
        }
        assertThat(available).isNotEmpty();
        for (String name : available) {
            open("/");
            browser.findElements(By.cssSelector(".tile__link")).stream()
                    .filter(l -> l.findElement(By.cssSelector(".tile__name"))
                            .getText()
                            .equals(name))
                    .findFirst()
                    .orElseThrow()
                    .click();
            // a service of one's own data asks a visitor to log in first
            new WebDriverWait(browser, Duration.ofSeconds(15)).until(b -> {
                String heading = b.findElement(By.tagName("h1")).getText();
                return heading.contains(name) || heading.equals("マイナポータルにログイン");
            });
            assertThat(browser.findElement(By.tagName("body")).getText()).doesNotContain("Exception");
        }
    }

    @Test
    void languageSwitchShowsThePageInEnglishAndBack() {
        open("/");
        browser.findElement(By.id("language:switch")).click();
        PortalBrowser.waitForText(browser, By.id("services-heading"), "Services");
        assertThat(browser.findElement(By.cssSelector(".services")).getText()).contains("Pittari Service");
        assertThat(browser.findElement(By.tagName("html")).getAttribute("lang")).isEqualTo("en");
        browser.findElement(By.id("language:switch")).click();
        PortalBrowser.waitForText(browser, By.id("services-heading"), "サービス一覧");
        assertThat(browser.findElement(By.tagName("html")).getAttribute("lang")).isEqualTo("ja");
    }

    @Test
    void postalCodeResolvesToItsMunicipalityWhichBecomesTheRegisteredOne() {
        open("/");
        assertThat(browser.findElement(By.id("registered-municipality")).getText())
                .contains("まだ登録されていません");
        browser.findElement(By.id("change-municipality")).click();
        browser.findElement(By.id("chooser:postalCode")).sendKeys("１５３－００６３");
        browser.findElement(By.id("chooser:searchPostalCode")).click();
        PortalBrowser.waitForText(browser, By.id("chooser:results"), "東京都目黒区");
        browser.findElement(By.cssSelector("[data-lg-code='131105']")).click();
        waitFor(By.id("registered-municipality"));
        assertThat(browser.findElement(By.id("registered-municipality")).getText())
                .isEqualTo("東京都目黒区");
    }

    @Test
    void wrongPostalCodeGetsAMessageBesideTheFieldAndKeepsWhatWasTyped() {
        open("/municipality/choose.xhtml");
        browser.findElement(By.id("chooser:postalCode")).sendKeys("153-006");
        browser.findElement(By.id("chooser:searchPostalCode")).click();
        PortalBrowser.waitForText(browser, By.id("chooser:postalCode-message"), "7桁");
        assertThat(browser.findElement(By.id("chooser:postalCode")).getAttribute("value"))
                .isEqualTo("153-006");
    }

    @Test
    void unknownPostalCodeSaysItWasNotFound() {
        open("/municipality/choose.xhtml");
        browser.findElement(By.id("chooser:postalCode")).sendKeys("0000001");
        browser.findElement(By.id("chooser:searchPostalCode")).click();
        PortalBrowser.waitForText(browser, By.id("chooser:postalCode-message"), "見つかりませんでした");
    }

    @Test
    void municipalityNameInKanaFindsTheWard() {
        open("/municipality/choose.xhtml");
        browser.findElement(By.id("chooser:name")).sendKeys("めぐろ");
        browser.findElement(By.id("chooser:searchName")).click();
        PortalBrowser.waitForText(browser, By.id("chooser:results"), "東京都目黒区");
    }

    @Test
    void prefectureListsItsMunicipalitiesWithWardsUnderTheirCity() {
        open("/municipality/choose.xhtml");
        new org.openqa.selenium.support.ui.Select(browser.findElement(By.id("chooser:prefecture")))
                .selectByVisibleText("北海道");
        PortalBrowser.waitForText(browser, By.id("chooser:prefecture-municipalities"), "札幌市");
        List<WebElement> wards = browser.findElements(By.cssSelector(".choice-list__ward"));
        assertThat(wards).extracting(WebElement::getText).contains("中央区");
    }

    @Test
    void footerLinksLeadToRealPages() {
        for (String id : List.of("footer-privacy", "footer-terms", "footer-environment", "footer-accessibility")) {
            open("/");
            String label = browser.findElement(By.id(id)).getText();
            browser.findElement(By.id(id)).click();
            PortalBrowser.waitForText(browser, By.tagName("h1"), label);
            assertThat(browser.findElements(By.cssSelector(".prose p"))).hasSizeGreaterThanOrEqualTo(3);
        }
    }

    @Test
    void unknownAddressShowsAFriendlyPageWithoutTheServerName() {
        open("/no-such-page.xhtml");
        assertThat(browser.findElement(By.id("error-heading")).getText()).isEqualTo("ページが見つかりません");
        assertThat(browser.getPageSource()).doesNotContainIgnoringCase("payara");
        assertThat(browser.findElement(By.tagName("body")).getText()).doesNotContain("Exception");
    }

    @Test
    void expiredScreenLeadsToAFriendlyPage() {
        open("/municipality/choose.xhtml");
        browser.manage().deleteAllCookies();
        browser.findElement(By.id("chooser:postalCode")).sendKeys("1530063");
        browser.findElement(By.id("chooser:searchPostalCode")).click();
        PortalBrowser.waitForText(browser, By.tagName("h1"), "有効期限");
        assertThat(browser.findElement(By.tagName("body")).getText()).doesNotContain("Exception");
    }

    @Test
    void topPageFitsAPhoneScreen360PixelsWide() {
        browser.manage().window().setSize(new Dimension(360, 740));
        open("/");
        Long scrollWidth = (Long) browser.executeScript("return document.documentElement.scrollWidth;");
        Long clientWidth = (Long) browser.executeScript("return document.documentElement.clientWidth;");
        assertThat(scrollWidth).isLessThanOrEqualTo(clientWidth);
    }

    @Test
    void topPageHasNoSeriousAccessibilityViolations() {
        open("/");
        assertThat(Browser.seriousAccessibilityViolations(browser)).isEmpty();
    }

    @Test
    void chooserWithResultsAndErrorsHasNoSeriousAccessibilityViolations() {
        open("/municipality/choose.xhtml");
        browser.findElement(By.id("chooser:postalCode")).sendKeys("12");
        browser.findElement(By.id("chooser:searchPostalCode")).click();
        PortalBrowser.waitForText(browser, By.id("chooser:postalCode-message"), "7桁");
        browser.findElement(By.id("chooser:name")).sendKeys("中央");
        browser.findElement(By.id("chooser:searchName")).click();
        PortalBrowser.waitForText(browser, By.id("chooser:results"), "中央区");
        assertThat(Browser.seriousAccessibilityViolations(browser)).isEmpty();
    }

    @Test
    void pagesRunWithoutContentSecurityPolicyViolations() {
        open("/");
        open("/municipality/choose.xhtml");
        browser.findElement(By.id("chooser:postalCode")).sendKeys("1530063");
        browser.findElement(By.id("chooser:searchPostalCode")).click();
        PortalBrowser.waitForText(browser, By.id("chooser:results"), "東京都目黒区");
        assertThat(Browser.contentSecurityPolicyViolations(browser)).isEmpty();
    }

    @Test
    void everyResponseCarriesTheSecurityHeadersAndNamesNoServer() throws Exception {
        for (String path : List.of(
                "/",
                "/municipality/choose.xhtml",
                "/no-such-page.xhtml",
                "/jakarta.faces.resource/css/portal.css.xhtml")) {
            HttpResponse<String> response = PortalHttp.get(portal, path);
            HttpHeaders headers = response.headers();
            assertThat(headers.allValues("Content-Security-Policy")).as(path).hasSize(1);
            String scriptSources = headers.firstValue("Content-Security-Policy")
                    .orElseThrow()
                    .replaceAll(".*script-src([^;]*).*", "$1");
            assertThat(scriptSources).as(path).doesNotContain("unsafe-inline").doesNotContain("unsafe-eval");
            assertThat(headers.firstValue("X-Content-Type-Options")).as(path).contains("nosniff");
            assertThat(headers.firstValue("Referrer-Policy")).as(path).contains("strict-origin-when-cross-origin");
            assertThat(headers.firstValue("X-Powered-By")).as(path).isEmpty();
            assertThat(headers.firstValue("Server")).as(path).isEmpty();
            assertThat(response.body()).as(path).doesNotContainIgnoringCase("payara");
        }
    }

    @Test
    void sessionCookieIsHttpOnlyAndSameSite() throws Exception {
        HttpResponse<String> response = PortalHttp.get(portal, "/municipality/choose.xhtml");
        List<String> cookies = response.headers().allValues("Set-Cookie");
        assertThat(cookies)
                .filteredOn(cookie -> cookie.startsWith("MYNASESSION="))
                .singleElement()
                .satisfies(cookie -> assertThat(cookie)
                        .contains("HttpOnly")
                        .doesNotContain("Secure")
                        .satisfies(value -> assertThat(sameSiteValues(value))
                                .as("the SameSite attributes of %s", value)
                                .containsExactly("lax")));
        assertThat(cookies)
                .allSatisfy(cookie -> assertThat(cookie).contains("HttpOnly").contains("SameSite"));
    }

    private static List<String> sameSiteValues(String cookie) {
        return Pattern.compile("(?i)SameSite=(\\w+)")
                .matcher(cookie)
                .results()
                .map(match -> match.group(1).toLowerCase(Locale.ROOT))
                .toList();
    }

    private void open(String path) {
        String base = portal.toExternalForm().replaceAll("/$", "");
        browser.get(base + path);
    }

    private static void waitFor(By locator) {
        new WebDriverWait(browser, Duration.ofSeconds(15)).until(ExpectedConditions.presenceOfElementLocated(locator));
    }
}
