package jp.mynaportal.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import jp.mynaportal.support.PortalBrowser;
import jp.mynaportal.support.SharedH2BrowserTest;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.WebElement;

/**
 * Every page of the portal, in Chromium at 360 px, as a visitor, a resident and counter staff (issue
 * 11): each page found in the sources and each page one link further (a notice, a procedure, an
 * application) fits the phone's width without scrolling sideways, and Enter in any of its text
 * fields presses nothing that asks for confirmation (削除, 却下, 完了, …) and, in a form with
 * several buttons, only the one the page marks as the natural action of that field's part of the
 * form. The buttons Enter would press are caught before they act, so the walk changes nothing.
 * Pages added later are walked too.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class EveryPageBrowserIT extends SharedH2BrowserTest {

    private static final int PHONE = 360;

    /** Catches the button Enter presses (and any submit) before it acts, and says what it was. */
    private static final String CATCH_PRESSES = """
            window.__pressed = [];
            const submitters = form => form ? [...form.querySelectorAll(
                'button:not([type=button]):not([type=reset]), input[type=submit], input[type=image]')]
                .filter(b => !b.disabled).length : 0;
            window.addEventListener('click', event => {
              const b = event.target.closest && event.target.closest('button, input[type=submit], input[type=image]');
              if (!b) { return; }
              window.__pressed.push({
                what: (b.id || b.name || '?') + ' «' + (b.value || b.textContent || '').trim() + '»',
                confirms: b.hasAttribute('data-confirm'),
                marked: b.hasAttribute('data-default-action'),
                buttons: submitters(b.form)});
              event.preventDefault();
              event.stopImmediatePropagation();
            }, true);
            window.addEventListener('submit', event => {
              window.__pressed.push({what: 'a submit of form ' + event.target.id + ' without a button',
                confirms: false, marked: false, buttons: submitters(event.target)});
              event.preventDefault();
              event.stopImmediatePropagation();
            }, true);
            """;

    private static final String TEXT_FIELDS = """
            return [...document.querySelectorAll('form input')].filter(e => {
              const type = (e.getAttribute('type') || '').toLowerCase();
              return ['', 'text', 'search', 'email', 'tel', 'url', 'number', 'date', 'password'].includes(type)
                && !e.disabled && !e.readOnly && e.getClientRects().length > 0;
            });
            """;

    /** The presses caught in the walk: none at all would mean the catching itself failed. */
    private static int caught;

    /** Each walk begins as a new visitor (Arquillian also hands the test its portal address here). */
    @BeforeEach
    void freshVisitor() {
        browser.get(portal.toExternalForm());
        browser.manage().deleteAllCookies();
    }

    @Test
    void asAVisitorEveryPageFitsAPhoneAndEnterPressesNothingUnmeant() throws IOException {
        assertThat(walk()).isEmpty();
    }

    @Test
    void asAResidentEveryPageFitsAPhoneAndEnterPressesNothingUnmeant() throws IOException {
        PortalBrowser.logInAfresh(browser, portal, "ken", "4567", "けん");
        assertThat(walk()).isEmpty();
    }

    @Test
    void asCounterStaffEveryPageFitsAPhoneAndEnterPressesNothingUnmeant() throws IOException {
        PortalBrowser.logInAfresh(browser, portal, "staff-chiyoda", "5678", "窓口");
        assertThat(walk()).isEmpty();
    }

    /** Walks every page and the pages one link further; returns what is wrong, page by page. */
    private List<String> walk() throws IOException {
        String base = portal.toExternalForm().replaceAll("/$", "");
        Deque<String> toVisit = new ArrayDeque<>(PortalPages.all());
        Set<String> pathsFollowed = new HashSet<>();
        Set<String> seen = new HashSet<>();
        List<String> problems = new ArrayList<>();
        int walked = 0;
        caught = 0;
        while (!toVisit.isEmpty()) {
            String page = toVisit.poll();
            browser.get(base + page);
            String shown = browser.getCurrentUrl();
            if (!seen.add(shown.replaceFirst("#.*$", ""))) {
                continue;
            }
            walked++;
            List<String> wide = PortalBrowser.overflowingAt(browser, PHONE);
            if (!wide.isEmpty()) {
                problems.add(shown + " scrolls sideways at 360 px: " + wide);
            }
            problems.addAll(enterInEveryTextField(shown));
            for (String link : linksFurther(base)) {
                if (pathsFollowed.add(link.replaceFirst("\\?.*$", ""))) {
                    toVisit.add(link);
                }
            }
        }
        browser.manage().window().setSize(new org.openqa.selenium.Dimension(1280, 900));
        assertThat(walked).as("pages walked").isGreaterThan(20);
        // the municipality chooser's fields press their marked searches, at least those are seen
        assertThat(caught).as("presses caught").isPositive();
        return problems;
    }

    /** Presses Enter in each text field of the page open at {@code shown}; returns the unmeant presses. */
    @SuppressWarnings("unchecked")
    private static List<String> enterInEveryTextField(String shown) {
        List<String> problems = new ArrayList<>();
        browser.executeScript(CATCH_PRESSES);
        List<WebElement> fields = (List<WebElement>) browser.executeScript(TEXT_FIELDS);
        for (WebElement field : fields) {
            String name = field.getAttribute("id");
            browser.executeScript("window.__pressed = [];");
            try {
                field.sendKeys(Keys.ENTER);
            } catch (WebDriverException notReachable) {
                continue; // covered by another element at this width: a resident cannot type there either
            }
            for (Map<String, Object> press :
                    (List<Map<String, Object>>) browser.executeScript("return window.__pressed;")) {
                caught++;
                boolean confirms = Boolean.TRUE.equals(press.get("confirms"));
                boolean marked = Boolean.TRUE.equals(press.get("marked"));
                long buttons = ((Number) press.get("buttons")).longValue();
                if (confirms || (buttons > 1 && !marked)) {
                    problems.add(shown + ": Enter in " + name + " presses " + press.get("what")
                            + (confirms ? " (which asks for confirmation)" : " (not the field's marked action)"));
                }
            }
            if (!browser.getCurrentUrl().equals(shown)) {
                problems.add(shown + ": Enter in " + name + " left the page for " + browser.getCurrentUrl());
                browser.get(shown);
                browser.executeScript(CATCH_PRESSES);
            }
        }
        return problems;
    }

    /** The portal's pages this page links to with a query (a notice, a procedure, an application). */
    @SuppressWarnings("unchecked")
    private static List<String> linksFurther(String base) {
        List<String> hrefs = (List<String>)
                browser.executeScript("return [...document.querySelectorAll('a[href]')].map(a => a.href);");
        Set<String> links = new LinkedHashSet<>();
        for (String href : hrefs) {
            if (href.startsWith(base + "/") && href.contains(".xhtml?") && !href.contains("/api/")) {
                links.add(href.substring(base.length()).replaceFirst("#.*$", ""));
            }
        }
        return List.copyOf(links);
    }
}
