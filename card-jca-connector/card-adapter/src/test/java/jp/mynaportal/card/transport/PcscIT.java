package jp.mynaportal.card.transport;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.Signature;
import java.time.Duration;
import jp.mynaportal.card.adapter.CardReadersManagedConnectionFactory;
import jp.mynaportal.card.api.CardKey;
import jp.mynaportal.card.api.CardReaders;
import jp.mynaportal.card.api.CardSession;
import jp.mynaportal.card.api.CertificateKind;
import jp.mynaportal.card.api.PinKind;
import jp.mynaportal.card.api.PinResult;
import jp.mynaportal.card.jpki.JpkiCardClient;
import jp.mynaportal.card.testsupport.TestCards;
import jp.mynaportal.card.virtual.CardFile;
import jp.mynaportal.card.virtual.VirtualJpkiCard;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The PC/SC path for real: pcscd with vsmartcard's vpcd driver gives the reader
 * {@code Virtual PCD 00 00}; a virtual card served through {@link VpcdBridge} answers the APDUs
 * that javax.smartcardio sends through libpcsclite and pcscd.
 */
class PcscIT {

    private static final String READER = "Virtual PCD 00 00";

    @TempDir
    Path folder;

    private static PcscTransport pcsc;
    private CardFile file;
    private VpcdBridge bridge;
    private CardLink link;

    @BeforeAll
    static void startPcscd() throws IOException, InterruptedException {
        Process script = new ProcessBuilder(
                        "sh", Path.of("..", "scripts", "start-pcsc.sh").toString())
                .redirectError(ProcessBuilder.Redirect.INHERIT)
                .start();
        String library = new String(script.getInputStream().readAllBytes(), StandardCharsets.UTF_8).trim();
        assertThat(script.waitFor()).as("start-pcsc.sh exit code").isZero();
        pcsc = new PcscTransport(library);
    }

    @BeforeEach
    void serveAVirtualCardToVpcd() {
        file = TestCards.shared().copyInto(folder, "pcsc");
        bridge = VpcdBridge.connect(
                new VirtualJpkiCard(file), VpcdBridge.DEFAULT_HOST, VpcdBridge.DEFAULT_PORT, Duration.ofSeconds(10));
        assertThat(pcsc.waitForCard(READER, Duration.ofSeconds(10)))
                .as("card present in " + READER)
                .isTrue();
        link = pcsc.connect(READER);
    }

    @AfterEach
    void pullTheCard() {
        if (link != null) {
            link.close();
        }
        bridge.close();
        pcsc.waitForCardAbsent(READER, Duration.ofSeconds(10));
    }

    @Test
    void theVirtualReaderIsListed() {
        assertThat(pcsc.readerNames()).contains(READER);
    }

    @Test
    void theCardIsDetectedBySelectingTheJpkiApplet() {
        assertThat(new JpkiCardClient(link).isJpkiCard()).isTrue();
    }

    @Test
    void theAuthCertificateReadsThroughPcscd() throws Exception {
        byte[] der =
                new JpkiCardClient(link).readCertificate(CertificateKind.AUTH).getEncoded();
        assertThat(der).isEqualTo(file.read().authCertificate());
    }

    @Test
    void aWrongPinThroughPcscdReportsTheTriesLeft() {
        assertThat(new JpkiCardClient(link).verifyPin(PinKind.AUTH, "0000".toCharArray()))
                .isEqualTo(PinResult.wrong(2));
    }

    @Test
    void theSignCertificateReadsAfterTheSigningPassword() throws Exception {
        JpkiCardClient client = new JpkiCardClient(link);
        client.verifyPin(PinKind.SIGN, TestCards.SIGN_PASSWORD.toCharArray());
        assertThat(client.readCertificate(CertificateKind.SIGN).getEncoded())
                .isEqualTo(file.read().signCertificate());
    }

    @Test
    void theAuthKeySignsThroughPcscd() throws Exception {
        JpkiCardClient client = new JpkiCardClient(link);
        byte[] challenge = "pcsc challenge".getBytes(StandardCharsets.UTF_8);
        assertThat(client.verifyPin(PinKind.AUTH, TestCards.AUTH_PIN.toCharArray()))
                .isEqualTo(PinResult.ok(3));
        byte[] signature = client.sign(
                CardKey.AUTH, "SHA-256", MessageDigest.getInstance("SHA-256").digest(challenge));
        Signature verifier = Signature.getInstance("SHA256withRSA");
        verifier.initVerify(client.readCertificate(CertificateKind.AUTH));
        verifier.update(challenge);
        assertThat(verifier.verify(signature)).isTrue();
    }

    @Test
    void theResourceAdapterSignsWithTheCardInThePcscReader() throws Exception {
        link.close();
        link = null;
        CardReaders readers = (CardReaders)
                new CardReadersManagedConnectionFactory(pcsc, Duration.ofSeconds(2)).createConnectionFactory();
        byte[] digest = MessageDigest.getInstance("SHA-256").digest(new byte[] {42});
        try (CardSession session = readers.open(READER)) {
            assertThat(session.waitForCard(Duration.ofSeconds(5))).isTrue();
            session.verifyPin(PinKind.AUTH, TestCards.AUTH_PIN.toCharArray());
            byte[] signature = session.sign(CardKey.AUTH, "SHA-256", digest);
            Signature verifier = Signature.getInstance("SHA256withRSA");
            verifier.initVerify(session.readCertificate(CertificateKind.AUTH));
            verifier.update(new byte[] {42});
            assertThat(verifier.verify(signature)).isTrue();
        }
    }
}
