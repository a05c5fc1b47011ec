package jp.mynaportal.support;

import java.net.URL;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.BeforeAll;
import org.openqa.selenium.chrome.ChromeDriver;

/**
 * What every browser test on the shared H2 deployment begins with: that deployment (whichever
 * class comes first deploys it for all), its address, and the run's one Chromium with a fresh
 * visitor ({@link PortalBrowser#fresh()}). A subclass carries {@code @ExtendWith(ArquillianExtension.class)}
 * and {@code @RunAsClient} itself, and its own {@code @BeforeEach}.
 */
public abstract class SharedH2BrowserTest {

    protected static ChromeDriver browser;

    @ArquillianResource
    protected URL portal;

    @Deployment
    static WebArchive portal() {
        return PortalDeployment.sharedH2();
    }

    @BeforeAll
    static void openSharedBrowser() {
        browser = PortalBrowser.fresh();
    }
}
