package jp.mynaportal.application.signature;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import jp.mynaportal.card.api.CardKey;
import jp.mynaportal.card.api.CardSession;
import jp.mynaportal.card.api.PinRequiredException;
import jp.mynaportal.pki.FileCrlSource;
import org.bouncycastle.asn1.cms.CMSAttributes;
import org.bouncycastle.asn1.ess.SigningCertificateV2;
import org.bouncycastle.asn1.nist.NISTObjectIdentifiers;
import org.bouncycastle.asn1.pkcs.PKCSObjectIdentifiers;
import org.bouncycastle.cert.X509CertificateHolder;
import org.bouncycastle.cms.CMSSignedData;
import org.bouncycastle.cms.SignerInformation;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ApplicationSignatureTest {

    private static final byte[] PDF = "%PDF-1.7 proof of residence".getBytes(StandardCharsets.US_ASCII);

    @TempDir
    Path root;

    private SigningPki pki;
    private String reader;

    @BeforeEach
    void issueCard() {
        pki = new SigningPki(root);
        reader = pki.issueCard("card-1");
    }

    private static CanonicalApplication application(String childName, byte[] attachment) {
        return new CanonicalApplication(
                "pittari",
                "42",
                "131016",
                "R-0001",
                Map.of("childName", childName, "reason", "転入"),
                List.of(ApplicationAttachment.of("proof", "proof.pdf", "application/pdf", attachment)));
    }

    private static Clock clockAt(Instant instant) {
        return Clock.fixed(instant, ZoneOffset.UTC);
    }

    @Test
    void cardSignatureVerifiesWithTheResidentsFactsAndSigningTime() {
        Instant signedAt = Instant.now().truncatedTo(ChronoUnit.SECONDS);
        byte[] cms = pki.sign(reader, application("花子", PDF), clockAt(signedAt));

        SignatureCheck check = pki.verifier().verify(cms, application("花子", PDF));

        assertThat(check.valid()).isTrue();
        assertThat(check.failures()).isEmpty();
        assertThat(check.signatureValid()).isTrue();
        assertThat(check.contentMatches()).isTrue();
        assertThat(check.pathTrusted()).isTrue();
        assertThat(check.revocation()).isEqualTo(RevocationStatus.NOT_REVOKED);
        assertThat(check.signingTime()).isEqualTo(signedAt);
        assertThat(check.signer()).isEqualTo(SigningPki.FACTS);
    }

    @Test
    void signatureIsCadesBesWithAttachedContentAndTheSignerCertificate() throws Exception {
        CanonicalApplication application = application("花子", PDF);
        byte[] cms = pki.sign(reader, application, Clock.systemUTC());

        CMSSignedData data = new CMSSignedData(cms);
        SignerInformation signer = data.getSignerInfos().getSigners().iterator().next();
        X509CertificateHolder certificate = (X509CertificateHolder)
                data.getCertificates().getMatches(signer.getSID()).iterator().next();
        SigningCertificateV2 signingCertificate = SigningCertificateV2.getInstance(signer.getSignedAttributes()
                .get(PKCSObjectIdentifiers.id_aa_signingCertificateV2)
                .getAttrValues()
                .getObjectAt(0));

        assertThat((byte[]) data.getSignedContent().getContent()).isEqualTo(application.toBytes());
        assertThat(signer.getDigestAlgOID()).isEqualTo(NISTObjectIdentifiers.id_sha256.getId());
        assertThat(signer.getSignedAttributes().toHashtable())
                .containsKeys(CMSAttributes.contentType, CMSAttributes.messageDigest, CMSAttributes.signingTime);
        assertThat(signingCertificate.getCerts()[0].getCertHash())
                .isEqualTo(MessageDigest.getInstance("SHA-256").digest(certificate.getEncoded()));
    }

    @Test
    void signingWithoutTheSigningPasswordIsRefusedByTheCard() {
        try (CardSession session = pki.open(reader)) {
            assertThatThrownBy(() -> new ApplicationSigner(Clock.systemUTC()).sign(application("花子", PDF), session))
                    .isInstanceOf(PinRequiredException.class);
        }
    }

    @Test
    void changedContentInsideTheSignatureFailsTheSignatureCheck() {
        byte[] cms = pki.sign(reader, application("花子", PDF), Clock.systemUTC());
        byte[] lgCode = "131016".getBytes(StandardCharsets.US_ASCII);
        cms[indexOf(cms, lgCode) + 5] = '7';

        SignatureCheck check = pki.verifier().verify(cms, application("花子", PDF));

        assertThat(check.signatureValid()).isFalse();
        assertThat(check.failures())
                .containsExactly(SignatureFailure.SIGNATURE_INVALID, SignatureFailure.CONTENT_MISMATCH);
    }

    private static int indexOf(byte[] haystack, byte[] needle) {
        for (int i = 0; i + needle.length <= haystack.length; i++) {
            if (Arrays.equals(haystack, i, i + needle.length, needle, 0, needle.length)) {
                return i;
            }
        }
        throw new AssertionError("not found");
    }

    @Test
    void changedAttachmentFailsTheContentCheckOnly() {
        byte[] cms = pki.sign(reader, application("花子", PDF), Clock.systemUTC());
        byte[] tampered = PDF.clone();
        tampered[0] ^= 1;

        SignatureCheck check = pki.verifier().verify(cms, application("花子", tampered));

        assertThat(check.valid()).isFalse();
        assertThat(check.signatureValid()).isTrue();
        assertThat(check.failures()).containsExactly(SignatureFailure.CONTENT_MISMATCH);
    }

    @Test
    void changedFormValueFailsTheContentCheck() {
        byte[] cms = pki.sign(reader, application("花子", PDF), Clock.systemUTC());

        SignatureCheck check = pki.verifier().verify(cms, application("太郎", PDF));

        assertThat(check.failures()).containsExactly(SignatureFailure.CONTENT_MISMATCH);
    }

    @Test
    void certificateOfAnUntrustedCaFailsThePathCheck() {
        byte[] cms = pki.sign(reader, application("花子", PDF), Clock.systemUTC());
        SignatureVerifier trustingOnlyTheAuthCa = new SignatureVerifier(
                List.of(pki.pki.caCertificate(CardKey.AUTH)), new FileCrlSource(List.of(), Clock.systemUTC()));

        SignatureCheck check = trustingOnlyTheAuthCa.verify(cms, application("花子", PDF));

        assertThat(check.pathTrusted()).isFalse();
        assertThat(check.revocation()).isEqualTo(RevocationStatus.NOT_CHECKED);
        assertThat(check.failures()).containsExactly(SignatureFailure.CERTIFICATE_UNTRUSTED);
    }

    @Test
    void certificateRevokedBeforeSigningFailsTheRevocationCheck() {
        pki.pki.revoke("card-1");
        byte[] cms =
                pki.sign(reader, application("花子", PDF), clockAt(Instant.now().plus(Duration.ofMinutes(1))));

        SignatureCheck check = pki.verifier().verify(cms, application("花子", PDF));

        assertThat(check.revocation()).isEqualTo(RevocationStatus.REVOKED_BEFORE_SIGNING);
        assertThat(check.revokedAt()).isBefore(check.signingTime());
        assertThat(check.failures()).containsExactly(SignatureFailure.CERTIFICATE_REVOKED);
    }

    @Test
    void certificateRevokedAfterSigningWasValidAtSigningTime() {
        byte[] cms =
                pki.sign(reader, application("花子", PDF), clockAt(Instant.now().minus(Duration.ofMinutes(1))));
        pki.pki.revoke("card-1");

        SignatureCheck check = pki.verifier().verify(cms, application("花子", PDF));

        assertThat(check.valid()).isTrue();
        assertThat(check.revocation()).isEqualTo(RevocationStatus.REVOKED_AFTER_SIGNING);
        assertThat(check.revokedAt()).isAfter(check.signingTime());
    }

    @Test
    void missingCrlLeavesRevocationUnknown() {
        byte[] cms = pki.sign(reader, application("花子", PDF), Clock.systemUTC());
        SignatureVerifier withoutCrl = new SignatureVerifier(
                List.of(pki.pki.caCertificate(CardKey.SIGN)),
                new FileCrlSource(List.of(root.resolve("missing.crl")), Clock.systemUTC()));

        SignatureCheck check = withoutCrl.verify(cms, application("花子", PDF));

        assertThat(check.revocation()).isEqualTo(RevocationStatus.UNKNOWN);
        assertThat(check.failures()).containsExactly(SignatureFailure.REVOCATION_UNKNOWN);
    }

    @Test
    void garbageBytesAreReportedUnreadable() {
        SignatureCheck check =
                pki.verifier().verify("not a signature".getBytes(StandardCharsets.US_ASCII), application("花子", PDF));

        assertThat(check.readable()).isFalse();
        assertThat(check.failures()).containsExactly(SignatureFailure.UNREADABLE);
    }
}
