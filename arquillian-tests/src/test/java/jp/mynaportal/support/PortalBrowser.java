package jp.mynaportal.support;

import java.util.Map;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.logging.LogType;

/**
 * The one Chromium that the browser test classes of a run share (a start costs seconds): started by
 * the first class that asks, quit when the test JVM ends. Each class begins with a fresh visitor:
 * no cookies of any site, the desktop window size, and the console log read empty.
 */
public final class PortalBrowser {

    private static ChromeDriver shared;

    private PortalBrowser() {}

    /** The run's Chromium, as a new visitor would find it. */
    public static synchronized ChromeDriver fresh() {
        if (shared == null) {
            ChromeDriver started = Browser.start();
            Runtime.getRuntime().addShutdownHook(new Thread(started::quit));
            shared = started;
        }
        shared.executeCdpCommand("Network.clearBrowserCookies", Map.of());
        shared.manage().window().setSize(new Dimension(1280, 900));
        shared.manage().logs().get(LogType.BROWSER);
        return shared;
    }
}
