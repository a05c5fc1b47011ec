package jp.mynaportal.platform;

import static org.assertj.core.api.Assertions.assertThat;

import com.deque.html.axecore.results.Rule;
import java.io.IOException;
import java.net.URI;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import jp.mynaportal.support.Browser;
import jp.mynaportal.support.BrowserPortalTest;
import jp.mynaportal.support.PortalBrowser;
import jp.mynaportal.support.TokenLogin;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.TimeoutException;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * Every page of the portal, in Chromium at 360 px, as a visitor, a resident and counter staff (issue
 * 11): each page found in the sources and each page one link further (a notice, a procedure, an
 * application) fits the phone's width without scrolling sideways, and Enter in any of its text
 * fields presses nothing that asks for confirmation (削除, 却下, 完了, …) and, in a form with
 * several buttons, only the one the page marks as the natural action of that field's part of the
 * form. The buttons Enter would press are caught before they act, so the walk changes nothing.
 *
 * <p>The resident is a card holder who has not registered yet ({@link TokenLogin#logInUnregistered}
 * deletes a registration another test made): the login leads to 利用者登録, which is checked and then
 * filled in. The views that show their steps one after the other at one address (入力 → 確認 → 完了)
 * are driven through them with valid input ({@link #STEPS}), and each step gets the same checks plus
 * axe-core. Pages added later are walked too, and the last test fails if a page of the sources was
 * shown by no walk, so that a page that needs a particular state to be reached is not left out.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class EveryPageBrowserIT extends BrowserPortalTest {

    private static final int PHONE = 360;

    /** The 代理人 the resident registers in the steps (registered beforehand: a 代理人 has 利用者登録). */
    private static final String PROXY = "hanako";

    private static final String PROXY_PIN = "1234";

    /** Today where the portal counts its days (periods of 提供要求 and 代理人). */
    private static final LocalDate TODAY = LocalDate.now(ZoneId.of("Asia/Tokyo"));

    /** Who walks. */
    private enum Walker {
        VISITOR,
        /** a card holder before 利用者登録 (who then registers and walks as the resident) */
        REGISTRANT,
        RESIDENT,
        STAFF
    }

    /**
     * One step inside a view: the values put into its fields (by id; {@code "true"} ticks a
     * checkbox), the button that leads on and an element that only the next step shows (both CSS
     * selectors), and whether the button asks first (「取り消す」: the walker says OK).
     */
    private record Step(Map<String, String> values, String press, String shows, boolean asks) {}

    /**
     * A view that shows its steps one after the other (at one address, or on to the next page of
     * the same function), as one walker goes through them: the page it starts on, an element of the
     * first step (a CSS selector), and the steps with valid input.
     */
    private record Steps(Walker walker, String page, String first, List<Step> steps) {}

    /** The element with this id, as a CSS selector (Faces ids have colons). */
    private static String id(String id) {
        return "[id='" + id + "']";
    }

    private static Step press(String button, String shows) {
        return new Step(Map.of(), id(button), id(shows), false);
    }

    private static Step enter(Map<String, String> values, String button, String shows) {
        return new Step(values, id(button), id(shows), false);
    }

    /** The views with steps of their own, in the order their walkers go through them. */
    private static final List<Steps> STEPS = List.of(
            // 利用者登録 at the first login (3-A): 入力 → the top page
            new Steps(
                    Walker.REGISTRANT,
                    "/account/register.xhtml",
                    id("register:submit"),
                    List.of(enter(
                            Map.of("register:nickname", "けん", "register:terms", "true"),
                            "register:submit",
                            "signed-in-as"))),
            // 利用者登録変更 (3-H): 入力 → 削除の確認 → 入力 → 確認 → 完了
            new Steps(
                    Walker.RESIDENT,
                    "/account/change.xhtml",
                    id("change:to-confirm"),
                    List.of(
                            press("change:ask-delete", "delete-warning"),
                            press("change:cancel-delete", "change:to-confirm"),
                            enter(Map.of("change:nickname", "けん"), "change:to-confirm", "confirm-nickname"),
                            press("change:save", "done-message"))),
            // やりとり履歴の提供要求: 対象期間 → 確認 → 完了
            new Steps(
                    Walker.RESIDENT,
                    "/exchange/request.xhtml",
                    id("request:confirm"),
                    List.of(
                            enter(
                                    Map.of(
                                            "request:from", TODAY.minusMonths(1).toString(),
                                            "request:to", TODAY.toString()),
                                    "request:confirm",
                                    "confirmed-period"),
                            press("request:submit", "accepted"))),
            // 健康保険証利用申込 (3-B): 利用規約 → 申込み → 暗証番号 → 完了
            new Steps(
                    Walker.RESIDENT,
                    "/insurance/terms.xhtml",
                    id("terms:agree"),
                    List.of(
                            press("terms:agree", "apply:start"),
                            press("apply:start", "apply:password"),
                            enter(
                                    Map.of("apply:reader", "Virtual JPKI reader ken", "apply:password", "4567"),
                                    "apply:next",
                                    "receipt-number"))),
            // 代理人の登録 (3-J): 内容 → 本人のカード → 代理人のカード → 完了, then 取り消す (nothing stays live)
            new Steps(
                    Walker.RESIDENT,
                    "/proxy/register.xhtml",
                    id("grant:next"),
                    List.of(
                            enter(
                                    Map.of(
                                            "grant:scopes:0",
                                            "true",
                                            "grant:to",
                                            TODAY.plusDays(30).toString()),
                                    "grant:next",
                                    "resident-card-heading"),
                            enter(
                                    Map.of("card:reader", "Virtual JPKI reader ken", "card:pin", "4567"),
                                    "card:confirm",
                                    "proxy-card-heading"),
                            enter(
                                    Map.of("card:reader", "Virtual JPKI reader " + PROXY, "card:pin", PROXY_PIN),
                                    "card:confirm",
                                    "done-heading"),
                            press("to-list", "mine"),
                            new Step(
                                    Map.of(),
                                    "#mine tr.registration[data-state='ACTIVE'] input[id$='revoke']",
                                    "[id='list:page-messages'] li",
                                    true))),
            // 暗証番号の再設定（窓口）: カードの確認 → 本人の確認 → the resident's entry → 完了
            new Steps(
                    Walker.STAFF,
                    "/counter/pin-reset.xhtml",
                    id("pinReset:identify"),
                    List.of(
                            enter(
                                    Map.of("pinReset:reader", "Virtual JPKI reader hanako"),
                                    "pinReset:identify",
                                    "holder-name"),
                            press("pinReset:begin", "pinEntry:newPin"),
                            enter(
                                    Map.of("pinEntry:newPin", "1234", "pinEntry:repeated", "1234"),
                                    "pinEntry:set",
                                    "entry-done"))));

    /** Catches the button Enter presses (and any submit) before it acts, and says what it was. */
    private static final String CATCH_PRESSES = """
            window.__pressed = [];
            window.__catching = true;
            if (!window.__catchInstalled) {
              window.__catchInstalled = true;
              const submitters = form => form ? [...form.querySelectorAll(
                  'button:not([type=button]):not([type=reset]), input[type=submit], input[type=image]')]
                  .filter(b => !b.disabled).length : 0;
              window.addEventListener('click', event => {
                if (!window.__catching) { return; }
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
                if (!window.__catching) { return; }
                window.__pressed.push({what: 'a submit of form ' + event.target.id + ' without a button',
                  confirms: false, marked: false, buttons: submitters(event.target)});
                event.preventDefault();
                event.stopImmediatePropagation();
              }, true);
            }
            """;

    /** Starts catching presses, and returns the text fields of the page's forms. */
    private static final String CATCH_AND_FIND_TEXT_FIELDS = CATCH_PRESSES + """
            return [...document.querySelectorAll('form input')].filter(e => {
              const type = (e.getAttribute('type') || '').toLowerCase();
              return ['', 'text', 'search', 'email', 'tel', 'url', 'number', 'date', 'password'].includes(type)
                && !e.disabled && !e.readOnly && e.getClientRects().length > 0;
            });
            """;

    /** The presses caught since the last call (then none), and the address the browser shows. */
    private static final String PRESSED = """
            const pressed = window.__pressed || [];
            window.__pressed = [];
            return {pressed: pressed, shown: location.href};
            """;

    /** Puts a value into a field as typing or choosing would (a checkbox: ticked or not). */
    private static final String PUT_VALUE = """
            const field = document.getElementById(arguments[0]);
            if (field.type === 'checkbox') { field.checked = arguments[1] === 'true'; } else { field.value = arguments[1]; }
            field.dispatchEvent(new Event('input', {bubbles: true}));
            field.dispatchEvent(new Event('change', {bubbles: true}));
            """;

    /** The presses caught in the walk: none at all would mean the catching itself failed. */
    private static int caught;

    /** The pages the walks showed (by address, without the query), and the walkers that walked. */
    private static final Set<String> SHOWN = new TreeSet<>();

    private static final Set<Walker> WALKED = EnumSet.noneOf(Walker.class);

    /** Each walk begins as a new visitor. */
    @BeforeEach
    void freshVisitor() {
        browser.get(portal.toExternalForm());
        browser.manage().deleteAllCookies();
    }

    @Test
    @Order(1)
    void asAVisitorEveryPageFitsAPhoneAndEnterPressesNothingUnmeant() throws IOException {
        assertThat(walk(Walker.VISITOR)).isEmpty();
    }

    @Test
    @Order(2)
    void asACardHolderWhoRegistersAndThenAsAResidentEveryPageAndStepFitsAPhoneAndEnterPressesNothingUnmeant()
            throws Exception {
        TokenLogin cards = new TokenLogin(portal.toExternalForm(), DATA.resolve("cards"));
        cards.logInUnregistered("ken", "4567");
        PortalBrowser.freshPin(PROXY, PROXY_PIN);
        // the nickname every test registers hanako with (ApplicationBrowserIT reads it in the header)
        cards.logInRegistered(PROXY, PROXY_PIN, "はなこ");
        PortalBrowser.logInUpToRegistration(browser, portal, "ken", "4567");
        List<String> problems = new ArrayList<>(walkSteps(Walker.REGISTRANT));
        problems.addAll(walk(Walker.RESIDENT));
        assertThat(problems).isEmpty();
    }

    @Test
    @Order(3)
    void asCounterStaffEveryPageAndStepFitsAPhoneAndEnterPressesNothingUnmeant() throws Exception {
        PortalBrowser.logInAfresh(browser, portal, "staff-chiyoda", "5678", "窓口");
        // the resident whose card the counter resets in the steps: the password is set to the demo one again
        PortalBrowser.freshPin("hanako", "1234");
        assertThat(walk(Walker.STAFF)).isEmpty();
    }

    @Test
    @Order(4)
    void everyPageOfTheSourcesIsShownByOneOfTheWalks() throws IOException {
        assertThat(WALKED).as("the walks run before this test").containsExactlyInAnyOrder(Walker.values());
        assertThat(PortalPages.all())
                .as("pages of the sources that no walk showed (shown: %s)", SHOWN)
                .filteredOn(page -> !SHOWN.contains(page))
                .isEmpty();
    }

    /**
     * Walks every page and the pages one link further, then the views with steps of this walker;
     * returns what is wrong, page by page.
     */
    private List<String> walk(Walker walker) throws IOException {
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
            recordShown(shown);
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
        assertThat(walked).as("pages walked").isGreaterThan(20);
        // the municipality chooser's fields press their marked searches, at least those are seen
        assertThat(caught).as("presses caught").isPositive();
        problems.addAll(walkSteps(walker));
        browser.manage().window().setSize(new org.openqa.selenium.Dimension(1280, 900));
        return problems;
    }

    /**
     * Drives each view with steps of this walker through them, at 360 px: at its first step and
     * after each step the page fits the width, Enter presses nothing unmeant and axe-core finds no
     * serious violation. Returns what is wrong, step by step.
     */
    private List<String> walkSteps(Walker walker) {
        String base = portal.toExternalForm().replaceAll("/$", "");
        List<String> problems = new ArrayList<>();
        for (Steps view : STEPS) {
            if (view.walker() != walker) {
                continue;
            }
            browser.get(base + view.page());
            String where = view.page() + " (first step)";
            if (!shows(view.first())) {
                problems.add(where + " does not show " + view.first() + " but " + browser.getCurrentUrl());
                continue;
            }
            problems.addAll(checkStep(where));
            for (Step step : view.steps()) {
                step.values().forEach((field, value) -> browser.executeScript(PUT_VALUE, field, value));
                if (step.asks()) {
                    browser.findElement(By.cssSelector(step.press())).click();
                    PortalBrowser.waiting(browser)
                            .until(ExpectedConditions.alertIsPresent())
                            .accept();
                } else {
                    browser.executeScript("document.querySelector(arguments[0]).click();", step.press());
                }
                where = view.page() + " after " + step.press();
                if (!shows(step.shows())) {
                    problems.add(where + " does not show " + step.shows() + " but " + browser.getCurrentUrl() + ": "
                            + browser.findElement(By.id("main")).getText());
                    break;
                }
                problems.addAll(checkStep(where));
            }
        }
        WALKED.add(walker);
        return problems;
    }

    /** Whether the element {@code selector} finds shows (waiting for the step's request and update). */
    private static boolean shows(String selector) {
        try {
            PortalBrowser.waiting(browser)
                    .until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(selector)));
            return true;
        } catch (TimeoutException notThere) {
            return false;
        }
    }

    /** The checks of one step of a view: the phone's width, Enter, axe-core. */
    private static List<String> checkStep(String where) {
        recordShown(browser.getCurrentUrl());
        List<String> problems = new ArrayList<>();
        List<String> wide = PortalBrowser.overflowingAt(browser, PHONE);
        if (!wide.isEmpty()) {
            problems.add(where + " scrolls sideways at 360 px: " + wide);
        }
        problems.addAll(enterInEveryTextField(browser.getCurrentUrl()).stream()
                .map(problem -> where + ": " + problem)
                .toList());
        browser.executeScript("window.__catching = false;");
        for (Rule rule : Browser.seriousAccessibilityViolations(browser)) {
            problems.add(where + " breaks axe-core's " + rule.getId() + " (" + rule.getHelp() + "): "
                    + rule.getNodes().stream()
                            .map(node -> node.getTarget().toString())
                            .toList());
        }
        return problems;
    }

    /** Notes the page the browser shows, by its address without the portal's and without a query. */
    private static void recordShown(String shown) {
        String path = URI.create(shown).getPath();
        SHOWN.add(path.equals("/") ? "/index.xhtml" : path);
    }

    /**
     * Presses Enter in each text field of the page open at {@code shown}; returns the unmeant
     * presses. The catching stays on until a step of a view is driven ({@link #checkStep}).
     */
    @SuppressWarnings("unchecked")
    private static List<String> enterInEveryTextField(String shown) {
        List<String> problems = new ArrayList<>();
        List<WebElement> fields = (List<WebElement>) browser.executeScript(CATCH_AND_FIND_TEXT_FIELDS);
        for (WebElement field : fields) {
            try {
                field.sendKeys(Keys.ENTER);
            } catch (WebDriverException notReachable) {
                continue; // covered by another element at this width: a resident cannot type there either
            }
            Map<String, Object> after = (Map<String, Object>) browser.executeScript(PRESSED);
            for (Map<String, Object> press : (List<Map<String, Object>>) after.get("pressed")) {
                caught++;
                boolean confirms = Boolean.TRUE.equals(press.get("confirms"));
                boolean marked = Boolean.TRUE.equals(press.get("marked"));
                long buttons = ((Number) press.get("buttons")).longValue();
                if (confirms || (buttons > 1 && !marked)) {
                    problems.add(shown + ": Enter in " + field.getAttribute("id") + " presses " + press.get("what")
                            + (confirms ? " (which asks for confirmation)" : " (not the field's marked action)"));
                }
            }
            if (!shown.equals(after.get("shown"))) {
                problems.add(shown + ": Enter in a field left the page for " + after.get("shown"));
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
