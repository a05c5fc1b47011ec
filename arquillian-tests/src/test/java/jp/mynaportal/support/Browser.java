package jp.mynaportal.support;

import com.deque.html.axecore.results.Results;
import com.deque.html.axecore.results.Rule;
import com.deque.html.axecore.selenium.AxeBuilder;
import java.io.File;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.logging.Level;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;

/**
 * Debian's Chromium driven by Debian's ChromeDriver, headless. Both paths are given explicitly
 * ({@code chromium.binary}, {@code webdriver.chrome.driver}), so Selenium Manager never downloads
 * anything; the flags keep Chromium off the network, which CI does not have.
 */
public final class Browser {

    private Browser() {}

    public static ChromeDriver start() {
        String binary = System.getProperty("chromium.binary", "/usr/bin/chromium");
        String driverPath = System.getProperty("webdriver.chrome.driver", "/usr/bin/chromedriver");
        requireFile(binary, "chromium");
        requireFile(driverPath, "chromium-driver");
        ChromeOptions options = new ChromeOptions();
        options.setBinary(binary);
        options.addArguments(
                "--headless=new",
                "--no-sandbox",
                "--disable-gpu",
                "--disable-dev-shm-usage",
                "--disable-quic",
                "--no-first-run",
                "--disable-background-networking",
                "--disable-component-update",
                "--disable-sync",
                "--window-size=1280,900",
                "--lang=ja");
        options.setCapability("goog:loggingPrefs", Map.of(LogType.BROWSER, Level.ALL.getName()));
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(new File(driverPath))
                .usingAnyFreePort()
                .build();
        ChromeDriver driver = new ChromeDriver(service, options);
        driver.manage().timeouts().implicitlyWait(Duration.ZERO);
        driver.manage().window().setSize(new Dimension(1280, 900));
        return driver;
    }

    /**
     * The axe-core rules the current page breaks with a serious or critical impact. axe runs in the
     * page itself ({@code axe.run}, "legacy mode"): the default mode runs it per frame and then once
     * more in a new {@code about:blank} tab that it opens and closes for each analysis (a second
     * injection of axe-core), which only frames from other origins need; the portal's pages have no
     * frames.
     */
    public static List<Rule> seriousAccessibilityViolations(ChromeDriver driver) {
        Results results = new AxeBuilder()
                .setLegacyMode(true)
                .withTags(List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "best-practice"))
                .analyze(driver);
        return results.getViolations().stream()
                .filter(rule -> "serious".equals(rule.getImpact()) || "critical".equals(rule.getImpact()))
                .toList();
    }

    /** What the page's console said about the Content-Security-Policy since the last call. */
    public static List<String> contentSecurityPolicyViolations(ChromeDriver driver) {
        return driver.manage().logs().get(LogType.BROWSER).getAll().stream()
                .map(LogEntry::getMessage)
                .filter(message -> message.contains("Content Security Policy"))
                .toList();
    }

    private static void requireFile(String path, String debianPackage) {
        if (!new File(path).canExecute()) {
            throw new IllegalStateException(path + " is missing: install the Debian package " + debianPackage
                    + " (scripts/test.sh does this when run as root)");
        }
    }
}
