package jp.mynaportal.pki;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.security.cert.X509Certificate;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CertificatePathsTest {

    private static final Instant NOW = Instant.parse("2026-06-01T00:00:00Z");
    private static final Duration YEAR = Duration.ofDays(365);

    @TempDir
    Path folder;

    private static CertificatePaths trusting(TestCa ca, CrlSource crls) {
        return new CertificatePaths(List.of(ca.certificate()), crls);
    }

    private CrlSource crlOf(TestCa ca, X509Certificate... revoked) {
        return new FileCrlSource(
                List.of(ca.writeCrl(
                        folder.resolve("ca.crl"), NOW.minusSeconds(60), NOW.plus(Duration.ofDays(1)), revoked)),
                Clock.fixed(NOW, java.time.ZoneOffset.UTC));
    }

    @Test
    void certificateOfAValidTrustedCaLeadsToThatCa() {
        TestCa ca = new TestCa("valid CA", NOW.minus(YEAR), NOW.plus(YEAR));
        X509Certificate card = ca.issue(NOW.minus(Duration.ofDays(1)), NOW.plus(YEAR));

        assertThat(trusting(ca, crlOf(ca)).trustedIssuer(card, NOW)).isEqualTo(ca.certificate());
    }

    @Test
    void trustedCaThatHasExpiredIsRefused() {
        TestCa ca = new TestCa("expired CA", NOW.minus(YEAR.multipliedBy(2)), NOW.minus(Duration.ofDays(1)));
        X509Certificate card = ca.issue(NOW.minus(YEAR), NOW.plus(YEAR));

        assertThatThrownBy(() -> trusting(ca, crlOf(ca)).trustedIssuer(card, NOW))
                .isInstanceOfSatisfying(
                        CertificatePathException.class,
                        e -> assertThat(e.reason()).isEqualTo(CertificatePathException.Reason.CA_NOT_VALID));
    }

    @Test
    void trustedCaThatIsNotYetValidIsRefused() {
        TestCa ca = new TestCa("future CA", NOW.plus(Duration.ofDays(1)), NOW.plus(YEAR));
        X509Certificate card = ca.issue(NOW.minus(Duration.ofDays(1)), NOW.plus(YEAR));

        assertThatThrownBy(() -> trusting(ca, crlOf(ca)).trustedIssuer(card, NOW))
                .isInstanceOfSatisfying(
                        CertificatePathException.class,
                        e -> assertThat(e.reason()).isEqualTo(CertificatePathException.Reason.CA_NOT_VALID));
    }

    @Test
    void expiredCertificateIsRefusedAsExpired() {
        TestCa ca = new TestCa("valid CA", NOW.minus(YEAR), NOW.plus(YEAR));
        X509Certificate card = ca.issue(NOW.minus(YEAR), NOW.minus(Duration.ofDays(1)));

        assertThatThrownBy(() -> trusting(ca, crlOf(ca)).trustedIssuer(card, NOW))
                .isInstanceOfSatisfying(
                        CertificatePathException.class,
                        e -> assertThat(e.reason()).isEqualTo(CertificatePathException.Reason.CERTIFICATE_EXPIRED));
    }

    @Test
    void certificateOfAnotherCaIsUntrusted() {
        TestCa trusted = new TestCa("trusted CA", NOW.minus(YEAR), NOW.plus(YEAR));
        TestCa other = new TestCa("other CA", NOW.minus(YEAR), NOW.plus(YEAR));
        X509Certificate card = other.issue(NOW.minus(Duration.ofDays(1)), NOW.plus(YEAR));

        assertThatThrownBy(() -> trusting(trusted, crlOf(trusted)).trustedIssuer(card, NOW))
                .isInstanceOfSatisfying(
                        CertificatePathException.class,
                        e -> assertThat(e.reason()).isEqualTo(CertificatePathException.Reason.UNTRUSTED));
    }

    @Test
    void revokedCertificateHasItsCrlEntry() {
        TestCa ca = new TestCa("valid CA", NOW.minus(YEAR), NOW.plus(YEAR));
        X509Certificate card = ca.issue(NOW.minus(Duration.ofDays(1)), NOW.plus(YEAR));

        assertThat(trusting(ca, crlOf(ca, card)).revocation(card, ca.certificate()))
                .isPresent();
    }

    @Test
    void verifiedPathIsRememberedForTheNextCheck() {
        TestCa ca = new TestCa("valid CA", NOW.minus(YEAR), NOW.plus(YEAR));
        X509Certificate card = ca.issue(NOW.minus(Duration.ofDays(1)), NOW.plus(YEAR));
        CertificatePaths paths = trusting(ca, crlOf(ca));

        checkNow(paths, card);
        checkNow(paths, card);

        assertThat(paths.rememberedPaths()).isEqualTo(1);
    }

    @Test
    void certificateRevokedAfterItsPathWasRememberedIsOnTheNextCrlAtOnce() throws Exception {
        Remembered remembered = rememberedOverACrlFile();

        remembered.publishCrl(remembered.card());

        assertThat(remembered
                        .paths()
                        .revocation(remembered.card(), remembered.paths().trustedIssuer(remembered.card(), NOW)))
                .isPresent();
    }

    @Test
    void rememberedPathsOfACaAreForgottenWhenItsNewCrlIsInUse() throws Exception {
        Remembered remembered = rememberedOverACrlFile();

        remembered.publishCrl();
        remembered.paths().revocation(remembered.card(), remembered.ca().certificate());

        assertThat(remembered.paths().rememberedPaths()).isZero();
    }

    /** A card whose path was remembered, over a CRL file of its CA that the test publishes again. */
    private record Remembered(TestCa ca, X509Certificate card, Path file, CertificatePaths paths) {

        /** A new CRL of the CA listing {@code revoked}, with a newer file time than the last. */
        void publishCrl(X509Certificate... revoked) throws java.io.IOException {
            ca.writeCrl(file, NOW.minusSeconds(30), NOW.plus(Duration.ofDays(1)), revoked);
            Files.setLastModifiedTime(
                    file,
                    FileTime.from(Files.getLastModifiedTime(file).toInstant().plusSeconds(1)));
        }
    }

    private Remembered rememberedOverACrlFile() {
        TestCa ca = new TestCa("valid CA", NOW.minus(YEAR), NOW.plus(YEAR));
        X509Certificate card = ca.issue(NOW.minus(Duration.ofDays(1)), NOW.plus(YEAR));
        Path file = ca.writeCrl(folder.resolve("ca.crl"), NOW.minusSeconds(60), NOW.plus(Duration.ofDays(1)));
        CertificatePaths paths =
                trusting(ca, new FileCrlSource(List.of(file), Clock.fixed(NOW, java.time.ZoneOffset.UTC)));
        checkNow(paths, card);
        checkNow(paths, card);
        return new Remembered(ca, card, file, paths);
    }

    @Test
    void certificateThatExpiredAfterItsPathWasRememberedIsRefusedAsExpired() {
        TestCa ca = new TestCa("valid CA", NOW.minus(YEAR), NOW.plus(YEAR));
        X509Certificate card = ca.issue(NOW.minus(Duration.ofDays(1)), NOW.plus(Duration.ofDays(1)));

        assertRefusedTwoDaysLaterAndForgotten(ca, card, CertificatePathException.Reason.CERTIFICATE_EXPIRED);
    }

    @Test
    void trustedCaThatExpiredAfterAPathWasRememberedIsRefused() {
        TestCa ca = new TestCa("short-lived CA", NOW.minus(YEAR), NOW.plus(Duration.ofDays(1)));
        X509Certificate card = ca.issue(NOW.minus(Duration.ofDays(1)), NOW.plus(YEAR));

        assertRefusedTwoDaysLaterAndForgotten(ca, card, CertificatePathException.Reason.CA_NOT_VALID);
    }

    /** The card's path is remembered now; two days later the card is refused and its path forgotten. */
    private void assertRefusedTwoDaysLaterAndForgotten(
            TestCa ca, X509Certificate card, CertificatePathException.Reason reason) {
        CertificatePaths paths = trusting(ca, crlOf(ca));
        checkNow(paths, card);
        checkNow(paths, card);

        assertThatThrownBy(() -> paths.trustedIssuer(card, NOW.plus(Duration.ofDays(2))))
                .isInstanceOfSatisfying(
                        CertificatePathException.class,
                        e -> assertThat(e.reason()).isEqualTo(reason));
        assertThat(paths.rememberedPaths()).isZero();
    }

    /** One check as a login makes it: the path now, then the CRL. */
    private static void checkNow(CertificatePaths paths, X509Certificate card) {
        assertThat(paths.revocation(card, paths.trustedIssuer(card, NOW))).isEmpty();
    }
}
