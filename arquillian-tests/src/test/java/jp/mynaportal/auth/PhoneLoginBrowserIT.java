package jp.mynaportal.auth;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.zxing.BinaryBitmap;
import com.google.zxing.DecodeHintType;
import com.google.zxing.LuminanceSource;
import com.google.zxing.RGBLuminanceSource;
import com.google.zxing.common.HybridBinarizer;
import com.google.zxing.qrcode.QRCodeReader;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import javax.imageio.ImageIO;
import jp.mynaportal.card.tool.CardTool;
import jp.mynaportal.support.Browser;
import jp.mynaportal.support.BrowserPortalTest;
import jp.mynaportal.support.PortalBrowser;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * スマートフォンでログイン with both sides real: Chromium shows the QR code on the login page, the
 * test reads the code from the screen as a phone's camera would (ZXing), the operators' card tool
 * confirms it with a demo card and its password as the phone app does, and the browser page logs
 * in by itself.
 */
class PhoneLoginBrowserIT extends BrowserPortalTest {

    @BeforeEach
    void freshVisitor() {
        browser.manage().window().setSize(new Dimension(1280, 900));
        open("/auth/login.xhtml");
        browser.manage().deleteAllCookies();
    }

    @Test
    void thePhoneConfirmsTheCodeOnTheScreenAndThePageLogsIn() throws Exception {
        String contents = showAndReadCode();
        assertThat(contents).contains("/api/auth/phone/").contains("/confirm?challenge=");

        ByteArrayOutputStream said = new ByteArrayOutputStream();
        int status = new CardTool(new PrintStream(said, true, StandardCharsets.UTF_8), System.err)
                .run(new String[] {"phone-login", "--qr", contents, "--card", card("yuki"), "--pin", "3456"});

        assertThat(status).isZero();
        assertThat(said.toString(StandardCharsets.UTF_8)).contains("SUCCESS");
        PortalBrowser.waiting(browser, Duration.ofSeconds(20))
                .until(ExpectedConditions.presenceOfElementLocated(By.id("logout:submit")));
        assertThat(browser.getCurrentUrl()).doesNotContain("/auth/login.xhtml");
    }

    @Test
    void theCodeWorksOnce() throws Exception {
        String contents = showAndReadCode();
        String[] confirm = {"phone-login", "--qr", contents, "--card", card("yuki"), "--pin", "3456"};
        new CardTool(System.out, System.err).run(confirm);

        ByteArrayOutputStream refused = new ByteArrayOutputStream();
        int again = new CardTool(System.out, new PrintStream(refused, true, StandardCharsets.UTF_8)).run(confirm);

        assertThat(again).isEqualTo(1);
        assertThat(refused.toString(StandardCharsets.UTF_8)).contains("CHALLENGE_REPLAYED");
    }

    @Test
    void theLoginPageWithTheCodeShownHasNoSeriousAccessibilityViolations() throws Exception {
        showAndReadCode();

        assertThat(Browser.seriousAccessibilityViolations(browser)).isEmpty();
    }

    @Test
    void theCodeIsReadableOnASmartphoneSizedScreenToo() throws Exception {
        browser.manage().window().setSize(new Dimension(360, 800));

        assertThat(showAndReadCode()).contains("/confirm?challenge=");
    }

    /**
     * 「2次元バーコードを表示する」, then the code as a camera reads it off the screen (the screen is kept
     * in {@code target/phone-login-qr.png}).
     */
    private String showAndReadCode() throws Exception {
        open("/auth/login.xhtml");
        browser.findElement(By.id("phone:show")).click();
        PortalBrowser.waiting(browser, Duration.ofSeconds(15))
                .until(ExpectedConditions.visibilityOfElementLocated(By.id("qr")));
        WebElement code = browser.findElement(By.id("qr"));
        browser.executeScript("arguments[0].scrollIntoView({block: 'center'})", code);
        PortalBrowser.waiting(browser, Duration.ofSeconds(15))
                .until(b -> Boolean.TRUE.equals(
                        browser.executeScript("return arguments[0].complete && arguments[0].naturalWidth > 0", code)));
        // the layout may still move while fonts load: read the code until a camera would succeed
        // (each try is a picture and a decode, slow on a loaded machine)
        return new WebDriverWait(browser, Duration.ofSeconds(45))
                .pollingEvery(Duration.ofMillis(300))
                .until(b -> readScreen());
    }

    /**
     * The code on the screen as it is now, or null if none can be read: the code's element as the
     * browser shows it (looked up again each time, since the page's poll renders the form anew every
     * two seconds; taking its picture scrolls it into view), on a white margin as a camera would
     * see it on the page. The last picture is kept in {@code target/phone-login-qr.png}.
     */
    private static String readScreen() {
        try {
            byte[] png = browser.findElement(By.id("qr")).getScreenshotAs(OutputType.BYTES);
            Path shot = Path.of("target", "phone-login-qr.png");
            Files.createDirectories(shot.getParent());
            Files.write(shot, png);
            BufferedImage image = onAMargin(ImageIO.read(new ByteArrayInputStream(png)));
            int[] pixels = image.getRGB(0, 0, image.getWidth(), image.getHeight(), null, 0, image.getWidth());
            LuminanceSource source = new RGBLuminanceSource(image.getWidth(), image.getHeight(), pixels);
            return new QRCodeReader()
                    .decode(
                            new BinaryBitmap(new HybridBinarizer(source)),
                            Map.of(DecodeHintType.TRY_HARDER, Boolean.TRUE))
                    .getText();
        } catch (com.google.zxing.ReaderException | org.openqa.selenium.WebDriverException e) {
            // not readable (yet), or the element was being replaced: the next try looks again
            return null;
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    /** The picture with a white margin of a quarter of its width around it. */
    private static BufferedImage onAMargin(BufferedImage picture) {
        int margin = picture.getWidth() / 4;
        BufferedImage page = new BufferedImage(
                picture.getWidth() + 2 * margin, picture.getHeight() + 2 * margin, BufferedImage.TYPE_INT_RGB);
        java.awt.Graphics2D drawing = page.createGraphics();
        drawing.setColor(java.awt.Color.WHITE);
        drawing.fillRect(0, 0, page.getWidth(), page.getHeight());
        drawing.drawImage(picture, margin, margin, null);
        drawing.dispose();
        return page;
    }

    /** A demo card file of the test server (its working folder is this module's). */
    private static String card(String id) {
        return DATA.resolve("cards").resolve(id + ".card").toAbsolutePath().toString();
    }

    private void open(String path) {
        browser.get(portal.toExternalForm().replaceAll("/$", "") + path);
    }
}
