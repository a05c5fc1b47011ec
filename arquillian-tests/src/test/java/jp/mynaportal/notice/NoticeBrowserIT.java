package jp.mynaportal.notice;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.UUID;
import jp.mynaportal.agency.AgencyApiClient;
import jp.mynaportal.agency.DemoAgencyKeys;
import jp.mynaportal.support.BrowserPortalTest;
import jp.mynaportal.support.PortalBrowser;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * Reading a notice in a real Chromium on the browser tests' portal: the tax agency sends yuki a
 * notice of its own through the agency API; yuki finds it unread in her お知らせ list, opens it,
 * marks it read, and the unread count in the header and on the top page's tile goes down by one;
 * axe-core finds nothing serious on the list and the detail, at desktop width and at 360 px, where
 * nothing needs a sideways scroll.
 */
class NoticeBrowserIT extends BrowserPortalTest {

    private static final By HEADER = By.id("header-unread");
    private static final By TILE = By.cssSelector("[data-service='notice'] .badge");

    @BeforeEach
    void logInYuki() {
        PortalBrowser.logInAfresh(browser, portal, "yuki", "3456", "ゆき");
    }

    private void open(String path) {
        browser.get(portal.toExternalForm().replaceAll("/$", "") + path);
    }

    /** The number in a badge such as 「未読 3件」, 0 when there is no badge. */
    private static long count(By badgeLocator) {
        List<WebElement> badge = browser.findElements(badgeLocator);
        return badge.isEmpty() ? 0 : Long.parseLong(badge.get(0).getText().replaceAll("[^0-9]", ""));
    }

    private static void assertAccessible(String page) {
        NoticeScreens.assertAccessible(browser, page);
    }

    private String sendYukiANotice() {
        String title = "国税庁からのお知らせ " + UUID.randomUUID().toString().substring(0, 8);
        LocalDate today = LocalDate.now(ZoneId.of("Asia/Tokyo"));
        String body = "{\"title\":\"" + title + "\",\"body\":\"e-Taxで申告できます。\",\"validFrom\":\"" + today
                + "\",\"validUntil\":\"" + today.plusDays(10) + "\",\"linkUrl\":\"https://www.e-tax.nta.go.jp/\","
                + "\"audience\":{\"linkCode\":\"" + DemoAgencyKeys.linkCode(DATA.resolve("agency"), "nta", "yuki")
                + "\"}}";
        HttpResponse<String> sent = new AgencyApiClient(portal)
                .send(DemoAgencyKeys.signer(DATA.resolve("agency"), "nta"), "POST", "/api/agency/notices", body);
        assertThat(sent.statusCode()).as(sent.body()).isEqualTo(201);
        return title;
    }

    @Test
    void readingANoticeFromTheListMarksItReadAndTheUnreadCountsGoDown() {
        String title = sendYukiANotice();
        open("/");
        PortalBrowser.waiting(browser).until(ExpectedConditions.visibilityOfElementLocated(By.id("header-unread")));
        long headerBefore = count(HEADER);
        long tileBefore = count(TILE);
        assertThat(headerBefore).isPositive();
        assertThat(tileBefore).isEqualTo(headerBefore);

        browser.findElement(By.id("header-notices")).click();
        PortalBrowser.waiting(browser).until(ExpectedConditions.visibilityOfElementLocated(By.linkText(title)));
        WebElement item = browser.findElement(By.linkText(title)).findElement(By.xpath(".."));
        assertThat(item.getAttribute("class")).contains("notice-list__item--unread");
        assertAccessible("お知らせ一覧");

        browser.findElement(By.linkText(title)).click();
        PortalBrowser.waiting(browser).until(ExpectedConditions.visibilityOfElementLocated(By.id("notice-title")));
        assertThat(browser.findElement(By.id("notice-title")).getText()).isEqualTo(title);
        assertThat(browser.findElement(By.id("notice-body")).getText()).contains("e-Taxで申告できます。");
        assertThat(browser.findElement(By.id("notice-link")).getAttribute("href"))
                .isEqualTo("https://www.e-tax.nta.go.jp/");
        assertAccessible("お知らせ詳細");

        browser.findElement(By.id("actions:mark-read")).click();
        PortalBrowser.waiting(browser)
                .until(d -> d.findElement(By.id("state")).getText().equals("既読"));
        assertThat(count(HEADER)).isEqualTo(headerBefore - 1);

        open("/");
        PortalBrowser.waiting(browser).until(ExpectedConditions.visibilityOfElementLocated(By.id("signed-in-as")));
        assertThat(count(TILE)).isEqualTo(tileBefore - 1);
        assertThat(count(HEADER)).isEqualTo(headerBefore - 1);

        open("/notice/list.xhtml");
        PortalBrowser.waiting(browser).until(ExpectedConditions.visibilityOfElementLocated(By.linkText(title)));
        assertThat(browser.findElement(By.linkText(title))
                        .findElement(By.xpath(".."))
                        .getAttribute("class"))
                .contains("notice-list__item--read");
    }
}
