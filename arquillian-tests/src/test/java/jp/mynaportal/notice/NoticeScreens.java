package jp.mynaportal.notice;

import static org.assertj.core.api.Assertions.assertThat;

import jp.mynaportal.support.Browser;
import jp.mynaportal.support.PortalBrowser;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.chrome.ChromeDriver;

/** What the browser tests of お知らせ check on every screen they open. */
final class NoticeScreens {

    private NoticeScreens() {}

    /**
     * axe-core finds nothing serious at desktop width and at 360 px, nothing needs a sideways scroll
     * at 360 px, and the page broke no Content-Security-Policy rule; the window is left at desktop
     * width.
     */
    static void assertAccessible(ChromeDriver browser, String page) {
        for (int width : new int[] {1280, 360}) {
            browser.manage().window().setSize(new Dimension(width, 900));
            assertThat(Browser.seriousAccessibilityViolations(browser))
                    .as(page + " at " + width + " px")
                    .isEmpty();
        }
        assertThat(PortalBrowser.overflowingAt(browser, 360)).as(page).isEmpty();
        browser.manage().window().setSize(new Dimension(1280, 900));
        assertThat(Browser.contentSecurityPolicyViolations(browser)).as(page).isEmpty();
    }
}
