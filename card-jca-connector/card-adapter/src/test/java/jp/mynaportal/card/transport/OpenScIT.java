package jp.mynaportal.card.transport;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.Signature;
import java.security.cert.CertificateFactory;
import java.security.cert.X509Certificate;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
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
 * OpenSC's own tools (Debian package {@code opensc}) against the virtual card, through pcscd and
 * vsmartcard's vpcd: software that no one here wrote must take it for a real JPKI card.
 */
class OpenScIT {

    private static final String READER = "Virtual PCD 00 00";
    private static final String PKCS11_MODULE = "/usr/lib/x86_64-linux-gnu/opensc-pkcs11.so";
    private static final Duration TOOL_TIMEOUT = Duration.ofSeconds(60);

    @TempDir
    Path folder;

    private static PcscTransport pcsc;
    private CardFile file;
    private VpcdBridge bridge;

    /** What a tool printed (standard output and error) and its exit status. */
    private record Run(int status, String output) {}

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
        file = TestCards.shared().copyInto(folder, "opensc");
        bridge = VpcdBridge.connect(
                new VirtualJpkiCard(file), VpcdBridge.DEFAULT_HOST, VpcdBridge.DEFAULT_PORT, Duration.ofSeconds(10));
        assertThat(pcsc.waitForCard(READER, Duration.ofSeconds(10)))
                .as("card present in " + READER)
                .isTrue();
    }

    @AfterEach
    void pullTheCard() {
        bridge.close();
        assertThat(pcsc.waitForCardAbsent(READER, Duration.ofSeconds(10)))
                .as("card gone from " + READER)
                .isTrue();
    }

    private Run run(String... command) throws IOException, InterruptedException {
        return run(Map.of(), command);
    }

    private Run run(Map<String, String> environment, String... command) throws IOException, InterruptedException {
        Path output = Files.createTempFile(folder, "tool", ".out");
        ProcessBuilder builder = new ProcessBuilder(command);
        builder.environment().putAll(environment);
        Process process = builder.redirectErrorStream(true)
                .redirectOutput(output.toFile())
                .start();
        if (!process.waitFor(TOOL_TIMEOUT.toSeconds(), TimeUnit.SECONDS)) {
            process.destroyForcibly();
            throw new AssertionError(String.join(" ", command) + " did not end in " + TOOL_TIMEOUT);
        }
        return new Run(process.exitValue(), Files.readString(output, StandardCharsets.UTF_8));
    }

    private static X509Certificate certificate(byte[] der) throws Exception {
        return (X509Certificate)
                CertificateFactory.getInstance("X.509").generateCertificate(new ByteArrayInputStream(der));
    }

    @Test
    void openscToolNamesAJpkiCard() throws Exception {
        Run names = run("opensc-tool", "--reader", READER, "--name");
        assertThat(names.status()).as(names.output()).isZero();
        assertThat(names.output()).containsIgnoringCase("JPKI");
    }

    @Test
    void openscsJpkiDriverRecognisesTheCardByItsAtrWithoutSelectingTheApplet() throws Exception {
        Run names = run(Map.of("OPENSC_DEBUG", "9"), "opensc-tool", "--reader", READER, "--name");
        String log = names.output();
        int start = log.indexOf("trying driver 'jpki'");
        int matched = log.indexOf("matched: JPKI");
        assertThat(start).as(log).isNotNegative();
        assertThat(matched).as(log).isGreaterThan(start);
        assertThat(log.substring(start, matched)).doesNotContain("Outgoing APDU");
    }

    @Test
    void pkcs15ToolListsBothCertificatesAndTheirCas() throws Exception {
        Run list = run("pkcs15-tool", "--reader", READER, "--list-certificates");
        assertThat(list.status()).as(list.output()).isZero();
        assertThat(list.output())
                .contains(
                        "User Authentication Certificate",
                        "Digital Signature Certificate",
                        "User Authentication Certificate CA",
                        "Digital Signature Certificate CA");
    }

    @Test
    void pkcs15ToolReadsTheAuthCertificateAsOnTheCard() throws Exception {
        Path pem = folder.resolve("auth.pem");
        Run read = run("pkcs15-tool", "--reader", READER, "--read-certificate", "01", "--output", pem.toString());
        assertThat(read.status()).as(read.output()).isZero();
        byte[] der = Base64.getMimeDecoder()
                .decode(Files.readString(pem)
                        .replace("-----BEGIN CERTIFICATE-----", "")
                        .replace("-----END CERTIFICATE-----", ""));
        assertThat(der).isEqualTo(file.read().authCertificate());
    }

    @Test
    void pkcs11ToolSignsWithTheAuthKeyAndTheFourDigitPinAndTheSignatureVerifies() throws Exception {
        Path data = folder.resolve("data");
        Path signature = folder.resolve("signature");
        Files.write(data, "OpenSC interoperability".getBytes(StandardCharsets.UTF_8));
        Run sign = run(
                "pkcs11-tool",
                "--module",
                PKCS11_MODULE,
                "--token-label",
                "JPKI (User Authentication PIN)",
                "--login",
                "--pin",
                TestCards.AUTH_PIN,
                "--sign",
                "--id",
                "01",
                "--mechanism",
                "SHA256-RSA-PKCS",
                "--input-file",
                data.toString(),
                "--output-file",
                signature.toString());
        assertThat(sign.status()).as(sign.output()).isZero();

        Signature verifier = Signature.getInstance("SHA256withRSA");
        verifier.initVerify(certificate(file.read().authCertificate()));
        verifier.update(Files.readAllBytes(data));
        assertThat(verifier.verify(Files.readAllBytes(signature))).isTrue();
    }

    @Test
    void aBlockedAuthPinLeavesTheCardReadableAndOpenScShowsItBlocked() throws Exception {
        file.update(state -> new CardFile.Change<>(
                state.withPin(PinKind.AUTH, state.pin(PinKind.AUTH).withTriesLeft(0)), null));
        try (CardLink link = pcsc.connect(READER)) {
            assertThat(new JpkiCardClient(link).pinStatus(PinKind.AUTH))
                    .as("the blocked card is the one in the reader")
                    .isEqualTo(PinResult.blocked());
        }

        Run list = run("pkcs15-tool", "--reader", READER, "--list-certificates");
        assertThat(list.status()).as(list.output()).isZero();
        assertThat(list.output()).contains("User Authentication Certificate");
        Run pins = run("pkcs15-tool", "--reader", READER, "--list-pins");
        assertThat(pins.status()).as(pins.output()).isZero();
        List<String> authPin = new ArrayList<>();
        boolean inAuthPin = false;
        for (String line : pins.output().split("\n")) {
            if (line.startsWith("PIN [")) {
                inAuthPin = line.contains("User Authentication PIN");
            }
            if (inAuthPin) {
                authPin.add(line.trim());
            }
        }
        assertThat(authPin).anyMatch(line -> line.matches("Tries left\\s*:\\s*0"));
    }
}
