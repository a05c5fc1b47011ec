package jp.mynaportal.notice;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.Period;
import java.time.ZoneId;
import java.util.UUID;
import jp.mynaportal.support.BrowserPortalTest;
import jp.mynaportal.support.PortalBrowser;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;

/**
 * お知らせの配信 at the counter in a real Chromium on the browser tests' portal. staff-chiyoda (田中 一郎,
 * staff of 千代田区) logs in with the counter's card reader and writes a notice to the residents of
 * 千代田区 of his own age: of the demo residents only he is in that audience, and hanako (千代田区,
 * younger) is not, so no other test's count of anybody's notices changes. He sees the preview count,
 * sends the notice, finds it in his own お知らせ and then reads and archives it (his unread count is
 * as before), while hanako's list does not show it. Bad input is answered beside its field with
 * everything else kept. axe-core finds nothing serious at desktop width and at 360 px.
 */
class NoticeSendBrowserIT extends BrowserPortalTest {

    private static final LocalDate TODAY = LocalDate.now(ZoneId.of("Asia/Tokyo"));
    private static final LocalDate TANAKA_BORN = LocalDate.of(1980, 9, 1);

    @BeforeEach
    void logInAsStaff() {
        PortalBrowser.logInAfresh(browser, portal, "staff-chiyoda", "5678", "窓口");
    }

    private void open(String path) {
        browser.get(portal.toExternalForm().replaceAll("/$", "") + path);
    }

    private void openTheSendingScreen() {
        browser.findElement(By.id("counter-notice-link")).click();
        PortalBrowser.waiting(browser).until(ExpectedConditions.urlContains("/counter/notice.xhtml"));
        new Select(browser.findElement(By.id("send:lgCode"))).selectByValue("131016");
    }

    private static WebElement field(String name) {
        return browser.findElement(By.id("send:" + name));
    }

    private static String value(String name) {
        return field(name).getAttribute("value");
    }

    private static void type(String name, String text) {
        field(name).clear();
        field(name).sendKeys(text);
    }

    /** A date input takes its value in ISO form from script (typing depends on the browser's locale). */
    private static void setDate(String name, LocalDate date) {
        ((JavascriptExecutor) browser)
                .executeScript("arguments[0].value = arguments[1];", field(name), date.toString());
    }

    private static void write(String title, LocalDate from, LocalDate until, String minAge, String maxAge) {
        type("title", title);
        type("body", "窓口の受付時間が変わります。");
        setDate("validFrom", from);
        setDate("validUntil", until);
        type("minAge", minAge);
        type("maxAge", maxAge);
    }

    private static String messageBeside(String name) {
        By message = By.id("send:" + name + "-message");
        PortalBrowser.waiting(browser)
                .until(d -> !d.findElement(message).getText().isBlank());
        return browser.findElement(message).getText();
    }

    private static void assertAccessible(String page) {
        NoticeScreens.assertAccessible(browser, page);
    }

    private boolean listShows(String title) {
        open("/notice/list.xhtml");
        PortalBrowser.waiting(browser).until(ExpectedConditions.presenceOfElementLocated(By.id("notices")));
        return !browser.findElements(By.linkText(title)).isEmpty();
    }

    @Test
    void aNoticeToCriteriaIsPreviewedSentAndShownToAResidentInItsAudienceAndNotToOneOutside() {
        String title = "窓口の受付時間のお知らせ " + UUID.randomUUID().toString().substring(0, 8);
        String age = String.valueOf(Period.between(TANAKA_BORN, TODAY).getYears());
        openTheSendingScreen();
        write(title, TODAY, TODAY, age, age);

        field("preview").click();
        String reach = PortalBrowser.waiting(browser)
                .until(d -> d.findElement(By.id("reach")).getText());
        assertThat(reach).matches("現在、[1-9][0-9]*人に表示されます。");
        assertThat(value("title")).isEqualTo(title);
        assertAccessible("お知らせの配信 with the preview count");

        field("submit").click();
        PortalBrowser.waitForText(browser, By.id("sent-notices"), title);
        assertThat(browser.findElement(By.id("send:page-messages")).getText()).contains("お知らせを配信しました。");

        open("/");
        PortalBrowser.waiting(browser).until(ExpectedConditions.visibilityOfElementLocated(By.id("signed-in-as")));
        assertThat(listShows(title)).as("田中 一郎 is of that age in 千代田区").isTrue();
        browser.findElement(By.linkText(title)).click();
        PortalBrowser.waitForText(browser, By.id("notice-title"), title);
        browser.findElement(By.id("actions:mark-read")).click();
        PortalBrowser.waiting(browser)
                .until(d -> d.findElement(By.id("state")).getText().equals("既読"));
        browser.findElement(By.id("actions:archive")).click();
        PortalBrowser.waiting(browser).until(ExpectedConditions.invisibilityOfElementLocated(By.id("actions:archive")));
        assertThat(listShows(title)).as("archived").isFalse();

        PortalBrowser.logInAfresh(browser, portal, "hanako", "1234", "はなこ");
        assertThat(listShows(title)).as("hanako is younger").isFalse();
    }

    @Test
    void badInputIsAnsweredBesideItsFieldAndNothingTypedIsLost() {
        String title = "届かないお知らせ " + UUID.randomUUID().toString().substring(0, 8);
        openTheSendingScreen();

        write("", TODAY, TODAY.plusDays(7), "30", "40");
        field("submit").click();
        assertThat(messageBeside("title")).isEqualTo("件名を入力してください。");
        assertThat(value("body")).isEqualTo("窓口の受付時間が変わります。");
        assertThat(value("validUntil")).isEqualTo(TODAY.plusDays(7).toString());
        assertThat(value("minAge")).isEqualTo("30");
        assertAccessible("お知らせの配信 without a title");

        write(title, TODAY.plusDays(7), TODAY.plusDays(2), "30", "40");
        field("submit").click();
        assertThat(messageBeside("validUntil")).isEqualTo("掲載終了日は掲載開始日以降の日付にしてください。");
        assertThat(value("title")).isEqualTo(title);
        assertThat(value("validFrom")).isEqualTo(TODAY.plusDays(7).toString());
        assertThat(value("validUntil")).isEqualTo(TODAY.plusDays(2).toString());

        write(title, TODAY, TODAY.plusDays(7), "50", "40");
        field("submit").click();
        assertThat(messageBeside("maxAge")).isEqualTo("年齢（以下）は年齢（以上）と同じか、それより大きい数にしてください。");
        assertThat(value("minAge")).isEqualTo("50");
        assertThat(value("maxAge")).isEqualTo("40");
        assertThat(value("title")).isEqualTo(title);
        assertAccessible("お知らせの配信 with a reversed age range");

        assertThat(browser.findElement(By.id("sent-notices")).getText()).doesNotContain(title);
    }
}
