package jp.mynaportal.platform;

import static org.assertj.core.api.Assertions.assertThat;

import com.deque.html.axecore.results.Rule;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import jp.mynaportal.support.Browser;
import jp.mynaportal.support.BrowserPortalTest;
import org.junit.jupiter.api.Test;

/**
 * The accessibility check that every screen test relies on ({@link
 * Browser#seriousAccessibilityViolations}) finds what it is there to find: an empty list from it
 * means something only if a page that breaks the rules gets a non-empty one.
 */
class AccessibilityCheckBrowserIT extends BrowserPortalTest {

    @Test
    void anImageWithoutTextAndAFieldWithoutLabelAreReported() {
        browser.get("data:text/html;charset=utf-8,"
                + URLEncoder.encode(
                                "<!DOCTYPE html><html lang=\"ja\"><head><title>検査</title></head><body><main>"
                                        + "<h1>検査</h1><img src=\"a.png\"><input type=\"text\"></main></body></html>",
                                StandardCharsets.UTF_8)
                        .replace("+", "%20"));

        assertThat(Browser.seriousAccessibilityViolations(browser))
                .extracting(Rule::getId)
                .contains("image-alt", "label");
    }
}
