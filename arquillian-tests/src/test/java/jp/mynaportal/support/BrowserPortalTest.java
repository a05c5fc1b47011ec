package jp.mynaportal.support;

import java.net.URL;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.parallel.Execution;
import org.junit.jupiter.api.parallel.ExecutionMode;
import org.junit.jupiter.api.parallel.ResourceLock;
import org.openqa.selenium.chrome.ChromeDriver;

/**
 * What every browser test begins with: the portal the browser classes share ({@link BrowserPortal},
 * whichever class comes first starts it), its address and data folder, and the run's one Chromium
 * with a fresh visitor ({@link PortalBrowser#fresh()}). The browser classes run one after the other
 * (they share one lock, and the one Chromium) in a lane of their own, beside the classes of the
 * shared Arquillian deployments and those with servers of their own ({@link BesideTheSharedServers}).
 * A subclass has its own {@code @BeforeEach}.
 */
@Execution(ExecutionMode.CONCURRENT)
@ResourceLock(BrowserPortalTest.LANE)
public abstract class BrowserPortalTest {

    /** The lock that keeps the browser classes one after the other. */
    public static final String LANE = "the browser tests' portal and Chromium";

    /** The portal's data folder: its demo cards ({@code cards}) and development PKI ({@code pki}). */
    protected static final Path DATA = BrowserPortal.DATA;

    protected static ChromeDriver browser;

    /** The portal's address, with a trailing slash. */
    protected final URL portal = BrowserPortal.url();

    /**
     * The portal is up (started here by the first class) before a subclass's {@code @BeforeAll}
     * reads its data folder ({@link #DATA}), which could otherwise still hold an earlier run's cards.
     */
    @BeforeAll
    static void openSharedBrowser() {
        BrowserPortal.url();
        browser = PortalBrowser.fresh();
    }
}
