package jp.mynaportal.card.tool;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.Signature;
import java.security.cert.CertificateFactory;
import java.security.cert.X509CRL;
import java.security.cert.X509Certificate;
import java.util.Base64;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import jp.mynaportal.card.api.WebEidToken;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CardToolTest {

    @TempDir
    Path folder;

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    private int run(String... args) {
        out.reset();
        err.reset();
        return new CardTool(
                        new PrintStream(out, true, StandardCharsets.UTF_8),
                        new PrintStream(err, true, StandardCharsets.UTF_8))
                .run(args);
    }

    private String out() {
        return out.toString(StandardCharsets.UTF_8);
    }

    @BeforeEach
    void issueACard() {
        int status = run(
                "issue",
                "--pki",
                folder.resolve("pki").toString(),
                "--cards",
                folder.resolve("cards").toString(),
                "--id",
                "taro",
                "--my-number",
                "123456789018",
                "--name",
                "デモ 太郎",
                "--address",
                "東京都千代田区",
                "--birth-date",
                "1990-01-02",
                "--sex",
                "male",
                "--auth-pin",
                "1234",
                "--sign-password",
                "TARO2024",
                "--facts-pin",
                "1234");
        assertThat(status).as(err.toString(StandardCharsets.UTF_8)).isZero();
    }

    @Test
    void listShowsAnIssuedCardWithItsTries() {
        run(
                "list",
                "--pki",
                folder.resolve("pki").toString(),
                "--cards",
                folder.resolve("cards").toString());
        assertThat(out()).containsPattern("(?m)^taro\t.*\t3/5/3$");
    }

    @Test
    void aTokenCarriesASignatureOverTheOriginAndChallengeHashes() throws Exception {
        int status = run(
                "token",
                "--card",
                folder.resolve("cards/taro.card").toString(),
                "--origin",
                "https://portal.example",
                "--challenge",
                "c2lnbiBtZQ==",
                "--pin",
                "1234");

        assertThat(status).isZero();
        X509Certificate certificate = (X509Certificate) CertificateFactory.getInstance("X.509")
                .generateCertificate(
                        new ByteArrayInputStream(Base64.getDecoder().decode(field("unverifiedCertificate"))));
        Signature verifier = Signature.getInstance("SHA256withRSA");
        verifier.initVerify(certificate.getPublicKey());
        verifier.update(WebEidToken.signedData("https://portal.example", "c2lnbiBtZQ=="));
        assertThat(verifier.verify(Base64.getDecoder().decode(field("signature"))))
                .isTrue();
    }

    @Test
    void anRs512TokenHashesOriginAndChallengeWithSha512() throws Exception {
        int status = run(
                "token",
                "--card",
                folder.resolve("cards/taro.card").toString(),
                "--origin",
                "https://portal.example",
                "--challenge",
                "c2lnbiBtZQ==",
                "--pin",
                "1234",
                "--algorithm",
                "RS512");

        assertThat(status).isZero();
        assertThat(field("algorithm")).isEqualTo("RS512");
        X509Certificate certificate = (X509Certificate) CertificateFactory.getInstance("X.509")
                .generateCertificate(
                        new ByteArrayInputStream(Base64.getDecoder().decode(field("unverifiedCertificate"))));
        MessageDigest sha512 = MessageDigest.getInstance("SHA-512");
        byte[] origin = sha512.digest("https://portal.example".getBytes(StandardCharsets.UTF_8));
        byte[] challenge = sha512.digest("c2lnbiBtZQ==".getBytes(StandardCharsets.UTF_8));
        Signature verifier = Signature.getInstance("SHA512withRSA");
        verifier.initVerify(certificate.getPublicKey());
        verifier.update(origin);
        verifier.update(challenge);
        assertThat(verifier.verify(Base64.getDecoder().decode(field("signature"))))
                .isTrue();
    }

    @Test
    void anAlgorithmTheCardCannotMakeIsAUsageError() {
        int status = run(
                "token",
                "--card",
                folder.resolve("cards/taro.card").toString(),
                "--origin",
                "https://portal.example",
                "--challenge",
                "abc",
                "--pin",
                "1234",
                "--algorithm",
                "ES256");
        assertThat(status).isEqualTo(1);
    }

    @Test
    void aTokenNamesItsFormatAndAlgorithm() {
        run(
                "token",
                "--card",
                folder.resolve("cards/taro.card").toString(),
                "--origin",
                "https://portal.example",
                "--challenge",
                "abc",
                "--pin",
                "1234");
        assertThat(field("format")).isEqualTo("web-eid:1.0");
        assertThat(field("algorithm")).isEqualTo("RS256");
    }

    @Test
    void aWrongPinMakesNoTokenAndTellsTheTriesLeft() {
        int status = run(
                "token",
                "--card",
                folder.resolve("cards/taro.card").toString(),
                "--origin",
                "https://portal.example",
                "--challenge",
                "abc",
                "--pin",
                "9999");
        assertThat(status).isEqualTo(2);
        assertThat(err.toString(StandardCharsets.UTF_8))
                .contains("2 tries left")
                .doesNotContain("9999");
    }

    @Test
    void aResetPinRestoresTheTries() {
        for (int i = 0; i < 3; i++) {
            run(
                    "token",
                    "--card",
                    folder.resolve("cards/taro.card").toString(),
                    "--origin",
                    "https://portal.example",
                    "--challenge",
                    "abc",
                    "--pin",
                    "9999");
        }
        run(
                "reset-pin",
                "--pki",
                folder.resolve("pki").toString(),
                "--cards",
                folder.resolve("cards").toString(),
                "--id",
                "taro",
                "--pin",
                "auth",
                "--new-pin",
                "4321");
        int status = run(
                "token",
                "--card",
                folder.resolve("cards/taro.card").toString(),
                "--origin",
                "https://portal.example",
                "--challenge",
                "abc",
                "--pin",
                "4321");
        assertThat(status).isZero();
    }

    @Test
    void aRevokedCardIsInThePublishedCrl() throws Exception {
        run("revoke", "--pki", folder.resolve("pki").toString(), "--id", "taro");
        run("crl", "--pki", folder.resolve("pki").toString(), "--out", folder.toString());
        run(
                "token",
                "--card",
                folder.resolve("cards/taro.card").toString(),
                "--origin",
                "https://portal.example",
                "--challenge",
                "abc",
                "--pin",
                "1234");
        X509Certificate certificate = (X509Certificate) CertificateFactory.getInstance("X.509")
                .generateCertificate(
                        new ByteArrayInputStream(Base64.getDecoder().decode(field("unverifiedCertificate"))));
        X509CRL crl = (X509CRL) CertificateFactory.getInstance("X.509")
                .generateCRL(new ByteArrayInputStream(Files.readAllBytes(folder.resolve("auth-ca.crl"))));
        assertThat(crl.isRevoked(certificate)).isTrue();
    }

    @Test
    void anUnknownCommandPrintsTheUsage() {
        assertThat(run("frobnicate")).isEqualTo(1);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("Usage:");
    }

    private String field(String name) {
        Matcher matcher = Pattern.compile("\"" + name + "\":\"([^\"]*)\"").matcher(out());
        assertThat(matcher.find()).as(name + " in " + out()).isTrue();
        return matcher.group(1);
    }
}
