package jp.mynaportal.support;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.chrome.ChromeDriver;

/**
 * Whole-page screenshots of the open page at desktop (1280 px) and phone (360 px) width, written as
 * {@code <name>-1280.png} and {@code -360.png} to the folder of the property {@code
 * mynaportal.test.screenshots} (the repository's {@code docs/screenshots} when renewing the
 * documentation's pictures, or {@code target/screenshots}); a run without the property takes none,
 * since a whole-page picture makes Chromium lay out and paint a window as tall as the page. Either
 * way the page must not scroll sideways at 360 px, and the window is 1280 × 900 again afterwards.
 */
public final class Screenshots {

    private static final int MAX_HEIGHT = 6000;

    private Screenshots() {}

    public static void both(ChromeDriver browser, String name) {
        if (requested()) {
            take(browser, name, 1280);
            take(browser, name, 360);
        }
        assertThat(PortalBrowser.overflowingAt(browser, 360))
                .as(name + " scrolls sideways at 360 px")
                .isEmpty();
        browser.manage().window().setSize(new Dimension(1280, 900));
    }

    private static void take(ChromeDriver browser, String name, int width) {
        browser.manage().window().setSize(new Dimension(width, 900));
        long height = (Long) ((JavascriptExecutor) browser)
                .executeScript("return Math.max(document.body.scrollHeight, document.documentElement.scrollHeight);");
        browser.manage().window().setSize(new Dimension(width, (int) Math.min(Math.max(height, 600), MAX_HEIGHT)));
        ((JavascriptExecutor) browser).executeScript("window.scrollTo(0, 0);");
        Path shot = browser.getScreenshotAs(OutputType.FILE).toPath();
        try {
            Path folder = folder();
            Files.createDirectories(folder);
            Files.copy(shot, folder.resolve(name + "-" + width + ".png"), StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        browser.manage().window().setSize(new Dimension(width, 900));
    }

    private static boolean requested() {
        String configured = System.getProperty("mynaportal.test.screenshots");
        return configured != null && !configured.isBlank();
    }

    private static Path folder() {
        // a test run leaves the repository as it was; docs/screenshots is renewed on purpose with
        // -Dmynaportal.test.screenshots=../docs/screenshots (see docs/screenshots/README.md)
        return Path.of(System.getProperty("mynaportal.test.screenshots"));
    }
}
