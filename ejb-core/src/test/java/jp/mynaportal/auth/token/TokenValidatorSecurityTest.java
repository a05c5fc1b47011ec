package jp.mynaportal.auth.token;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.security.KeyPair;
import java.security.cert.X509Certificate;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Base64;
import jp.mynaportal.auth.LoginFailedException;
import jp.mynaportal.auth.LoginOutcome;
import org.bouncycastle.asn1.x509.KeyPurposeId;
import org.bouncycastle.asn1.x509.KeyUsage;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The token checks, one attack or defect per test (after web-eid-authtoken-validation-java's
 * suite). Good tokens are signed by a virtual card through the card stack; certificates a card
 * never holds are issued to order under the same CA.
 */
class TokenValidatorSecurityTest {

    private static final String CHALLENGE = Base64.getEncoder().encodeToString(new byte[32]);

    @TempDir
    static Path folder;

    private static TestPki pki;
    private static String reader;
    private static String revokedReader;
    private static TokenValidator validator;

    @BeforeAll
    static void issueCards() {
        pki = new TestPki(folder);
        reader = pki.issueCard("good");
        revokedReader = pki.issueCard("revoked");
        pki.pki.revoke("revoked");
        pki.publishCrl();
        validator = pki.validator(Clock.systemUTC());
    }

    private static LoginOutcome rejection(String token) {
        return rejection(validator, token, TestPki.ORIGIN, CHALLENGE);
    }

    private static LoginOutcome rejection(TokenValidator v, String token, String origin, String challenge) {
        try {
            v.validate(AuthToken.parse(token), origin, challenge);
        } catch (LoginFailedException e) {
            return e.outcome();
        }
        throw new AssertionError("the token was accepted");
    }

    private static String softwareToken(X509Certificate certificate, KeyPair keys) {
        return TestPki.token(
                "web-eid:1.0", certificate, "RS256", TestPki.sign(keys.getPrivate(), TestPki.ORIGIN, CHALLENGE));
    }

    @Test
    void acceptsATokenSignedByTheCardForThisOriginAndChallenge() {
        X509Certificate certificate = validator.validate(
                AuthToken.parse(pki.cardToken(reader, TestPki.ORIGIN, CHALLENGE)), TestPki.ORIGIN, CHALLENGE);
        assertThat(certificate.getIssuerX500Principal().getName()).contains("JPKI");
    }

    @Test
    void acceptsAnRs384TokenWhoseOriginAndChallengeAreHashedWithSha384() {
        String token = pki.cardToken(
                reader,
                SignatureAlgorithm.RS384,
                TokenValidator.signedData(SignatureAlgorithm.RS384, TestPki.ORIGIN, CHALLENGE));
        assertThat(validator.validate(AuthToken.parse(token), TestPki.ORIGIN, CHALLENGE))
                .isNotNull();
    }

    @Test
    void acceptsAnRs512TokenWhoseOriginAndChallengeAreHashedWithSha512() {
        String token = pki.cardToken(
                reader,
                SignatureAlgorithm.RS512,
                TokenValidator.signedData(SignatureAlgorithm.RS512, TestPki.ORIGIN, CHALLENGE));
        assertThat(validator.validate(AuthToken.parse(token), TestPki.ORIGIN, CHALLENGE))
                .isNotNull();
    }

    @Test
    void rejectsAnRs384TokenWhoseOriginAndChallengeAreHashedWithSha256() {
        String token =
                pki.cardToken(reader, SignatureAlgorithm.RS384, TokenValidator.signedData(TestPki.ORIGIN, CHALLENGE));
        assertThat(rejection(token)).isEqualTo(LoginOutcome.SIGNATURE_INVALID);
    }

    @Test
    void rejectsAnRs512TokenWhoseOriginAndChallengeAreHashedWithSha256() {
        String token =
                pki.cardToken(reader, SignatureAlgorithm.RS512, TokenValidator.signedData(TestPki.ORIGIN, CHALLENGE));
        assertThat(rejection(token)).isEqualTo(LoginOutcome.SIGNATURE_INVALID);
    }

    @Test
    void rejectsAnRs256SignatureThatTheTokenCallsRs384() {
        String token = pki.cardToken(reader, TestPki.ORIGIN, CHALLENGE).replace("\"RS256\"", "\"RS384\"");
        assertThat(rejection(token)).isEqualTo(LoginOutcome.SIGNATURE_INVALID);
    }

    @Test
    void rejectsAnRs512TokenForAnotherChallenge() {
        String token = pki.cardToken(
                reader,
                SignatureAlgorithm.RS512,
                TokenValidator.signedData(SignatureAlgorithm.RS512, TestPki.ORIGIN, "another challenge"));
        assertThat(rejection(token)).isEqualTo(LoginOutcome.SIGNATURE_INVALID);
    }

    @Test
    void rejectsTheAlgorithmsACardCannotMake() {
        for (String algorithm : new String[] {"ES256", "ES384", "ES512", "PS256", "PS384", "PS512"}) {
            String token =
                    pki.cardToken(reader, TestPki.ORIGIN, CHALLENGE).replace("\"RS256\"", "\"" + algorithm + "\"");
            assertThat(rejection(token)).as(algorithm).isEqualTo(LoginOutcome.ALGORITHM_UNSUPPORTED);
        }
    }

    @Test
    void rejectsACertificateWithoutExtendedKeyUsage() {
        KeyPair keys = TestPki.keyPair();
        X509Certificate certificate = pki.certificate(
                keys,
                Instant.now().minusSeconds(60),
                Instant.now().plus(Duration.ofDays(1)),
                KeyUsage.digitalSignature,
                new KeyPurposeId[0]);
        assertThat(rejection(softwareToken(certificate, keys))).isEqualTo(LoginOutcome.CERTIFICATE_WRONG_KEY_USAGE);
    }

    @Test
    void rejectsACertificateWhoseExtendedKeyUsageIsNotClientAuthentication() {
        KeyPair keys = TestPki.keyPair();
        X509Certificate certificate = pki.certificate(
                keys,
                Instant.now().minusSeconds(60),
                Instant.now().plus(Duration.ofDays(1)),
                KeyUsage.digitalSignature,
                KeyPurposeId.id_kp_emailProtection);
        assertThat(rejection(softwareToken(certificate, keys))).isEqualTo(LoginOutcome.CERTIFICATE_WRONG_KEY_USAGE);
    }

    @Test
    void acceptsASoftwareCertificateWithClientAuthentication() {
        KeyPair keys = TestPki.keyPair();
        X509Certificate certificate = pki.certificate(
                keys,
                Instant.now().minusSeconds(60),
                Instant.now().plus(Duration.ofDays(1)),
                KeyUsage.digitalSignature);
        String token = softwareToken(certificate, keys);
        assertThat(validator.validate(AuthToken.parse(token), TestPki.ORIGIN, CHALLENGE))
                .isEqualTo(certificate);
    }

    @Test
    void rejectsATokenTooShort() {
        assertThat(rejection("{\"format\":\"web-eid:1.0\"}")).isEqualTo(LoginOutcome.TOKEN_MALFORMED);
    }

    @Test
    void rejectsATokenTooLong() {
        String token = pki.cardToken(reader, TestPki.ORIGIN, CHALLENGE);
        String padded =
                token.substring(0, token.length() - 1) + ",\"pad\":\"" + "A".repeat(AuthToken.MAX_LENGTH) + "\"}";
        assertThat(rejection(padded)).isEqualTo(LoginOutcome.TOKEN_MALFORMED);
    }

    @Test
    void rejectsATokenThatIsNotJson() {
        assertThat(rejection("x".repeat(200))).isEqualTo(LoginOutcome.TOKEN_MALFORMED);
    }

    @Test
    void rejectsAnUnknownFormat() {
        String token = pki.cardToken(reader, TestPki.ORIGIN, CHALLENGE).replace("web-eid:1.0", "web-eid:2");
        assertThat(rejection(token)).isEqualTo(LoginOutcome.TOKEN_FORMAT_UNKNOWN);
    }

    @Test
    void rejectsAlgorithmNone() {
        String token = pki.cardToken(reader, TestPki.ORIGIN, CHALLENGE).replace("\"RS256\"", "\"none\"");
        assertThat(rejection(token)).isEqualTo(LoginOutcome.ALGORITHM_UNSUPPORTED);
    }

    @Test
    void rejectsAnUnknownAlgorithm() {
        String token = pki.cardToken(reader, TestPki.ORIGIN, CHALLENGE).replace("\"RS256\"", "\"XS999\"");
        assertThat(rejection(token)).isEqualTo(LoginOutcome.ALGORITHM_UNSUPPORTED);
    }

    @Test
    void rejectsASignatureOverAnotherChallenge() {
        String other = Base64.getEncoder().encodeToString(new byte[] {1, 2, 3});
        assertThat(rejection(pki.cardToken(reader, TestPki.ORIGIN, other))).isEqualTo(LoginOutcome.SIGNATURE_INVALID);
    }

    @Test
    void rejectsASignatureForAnotherOrigin() {
        assertThat(rejection(pki.cardToken(reader, "https://evil.example", CHALLENGE)))
                .isEqualTo(LoginOutcome.SIGNATURE_INVALID);
    }

    @Test
    void rejectsASignatureMadeByAnotherCertificatesKey() {
        KeyPair keys = TestPki.keyPair();
        X509Certificate certificate = pki.certificate(
                keys,
                Instant.now().minusSeconds(60),
                Instant.now().plus(Duration.ofDays(1)),
                KeyUsage.digitalSignature);
        String token = TestPki.token(
                "web-eid:1.0",
                certificate,
                "RS256",
                TestPki.sign(TestPki.keyPair().getPrivate(), TestPki.ORIGIN, CHALLENGE));
        assertThat(rejection(token)).isEqualTo(LoginOutcome.SIGNATURE_INVALID);
    }

    @Test
    void rejectsATokenWithoutCertificate() {
        String token = TestPki.json("web-eid:1.0", null, "RS256", "A".repeat(344));
        assertThat(rejection(token)).isEqualTo(LoginOutcome.CERTIFICATE_MISSING);
    }

    @Test
    void rejectsACertificateThatIsNotBase64() {
        String token = TestPki.json("web-eid:1.0", "not*base64!".repeat(20), "RS256", "A".repeat(344));
        assertThat(rejection(token)).isEqualTo(LoginOutcome.CERTIFICATE_UNREADABLE);
    }

    @Test
    void rejectsBase64ThatIsNotACertificate() {
        String token = TestPki.json(
                "web-eid:1.0", Base64.getEncoder().encodeToString(new byte[300]), "RS256", "A".repeat(344));
        assertThat(rejection(token)).isEqualTo(LoginOutcome.CERTIFICATE_UNREADABLE);
    }

    @Test
    void rejectsACertificateWithoutDigitalSignatureKeyUsage() {
        KeyPair keys = TestPki.keyPair();
        X509Certificate certificate = pki.certificate(
                keys, Instant.now().minusSeconds(60), Instant.now().plus(Duration.ofDays(1)), KeyUsage.nonRepudiation);
        assertThat(rejection(softwareToken(certificate, keys))).isEqualTo(LoginOutcome.CERTIFICATE_WRONG_KEY_USAGE);
    }

    @Test
    void rejectsAnExpiredCertificate() {
        KeyPair keys = TestPki.keyPair();
        X509Certificate certificate = pki.certificate(
                keys,
                Instant.now().minus(Duration.ofDays(10)),
                Instant.now().minus(Duration.ofDays(1)),
                KeyUsage.digitalSignature);
        assertThat(rejection(softwareToken(certificate, keys))).isEqualTo(LoginOutcome.CERTIFICATE_EXPIRED);
    }

    @Test
    void rejectsACertificateNotYetValid() {
        KeyPair keys = TestPki.keyPair();
        X509Certificate certificate = pki.certificate(
                keys,
                Instant.now().plus(Duration.ofDays(1)),
                Instant.now().plus(Duration.ofDays(10)),
                KeyUsage.digitalSignature);
        assertThat(rejection(softwareToken(certificate, keys))).isEqualTo(LoginOutcome.CERTIFICATE_NOT_YET_VALID);
    }

    @Test
    void rejectsACardOfAnUntrustedCa() {
        TestPki other = new TestPki(folder.resolve("other"));
        String otherReader = other.issueCard("stranger");
        assertThat(rejection(other.cardToken(otherReader, TestPki.ORIGIN, CHALLENGE)))
                .isEqualTo(LoginOutcome.CERTIFICATE_UNTRUSTED);
    }

    @Test
    void rejectsARevokedCard() {
        assertThat(rejection(pki.cardToken(revokedReader, TestPki.ORIGIN, CHALLENGE)))
                .isEqualTo(LoginOutcome.CERTIFICATE_REVOKED);
    }

    @Test
    void rejectsEveryCardWhenTheCrlIsPastItsNextUpdate() {
        TokenValidator later = pki.validator(Clock.fixed(Instant.now().plus(Duration.ofDays(2)), ZoneOffset.UTC));
        assertThat(rejection(later, pki.cardToken(reader, TestPki.ORIGIN, CHALLENGE), TestPki.ORIGIN, CHALLENGE))
                .isEqualTo(LoginOutcome.REVOCATION_UNAVAILABLE);
    }

    @Test
    void seesARevocationPublishedAfterTheCrlWasCachedWithoutARestart() throws Exception {
        TestPki own = new TestPki(folder.resolve("refresh"));
        String card = own.issueCard("later-revoked");
        own.publishCrl();
        TokenValidator cached = own.validator(Clock.systemUTC());
        String token = own.cardToken(card, TestPki.ORIGIN, CHALLENGE);
        cached.validate(AuthToken.parse(token), TestPki.ORIGIN, CHALLENGE);
        // the second login takes the certificate's path from memory (CertificatePaths)
        cached.validate(AuthToken.parse(token), TestPki.ORIGIN, CHALLENGE);
        own.pki.revoke("later-revoked");
        own.publishCrl();
        Files.setLastModifiedTime(
                own.crl,
                FileTime.from(Files.getLastModifiedTime(own.crl).toInstant().plusSeconds(1)));
        assertThat(rejection(cached, token, TestPki.ORIGIN, CHALLENGE)).isEqualTo(LoginOutcome.CERTIFICATE_REVOKED);
    }

    @Test
    void refusesACertificateThatExpiredAfterItsPathWasRemembered() {
        KeyPair keys = TestPki.keyPair();
        Instant now = Instant.now();
        X509Certificate certificate =
                pki.certificate(keys, now.minusSeconds(60), now.plus(Duration.ofHours(1)), KeyUsage.digitalSignature);
        String token = softwareToken(certificate, keys);
        MovableClock clock = new MovableClock(now);
        TokenValidator cached = pki.validator(clock);
        cached.validate(AuthToken.parse(token), TestPki.ORIGIN, CHALLENGE);
        cached.validate(AuthToken.parse(token), TestPki.ORIGIN, CHALLENGE);

        clock.now = now.plus(Duration.ofHours(2));

        assertThat(rejection(cached, token, TestPki.ORIGIN, CHALLENGE)).isEqualTo(LoginOutcome.CERTIFICATE_EXPIRED);
    }

    /** A clock that a test moves on. */
    private static final class MovableClock extends Clock {
        volatile Instant now;

        MovableClock(Instant now) {
            this.now = now;
        }

        @Override
        public Instant instant() {
            return now;
        }

        @Override
        public ZoneOffset getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(java.time.ZoneId zone) {
            return this;
        }
    }
}
