package jp.mynaportal.insurance.internal;

import java.io.ByteArrayInputStream;
import java.security.GeneralSecurityException;
import java.security.Signature;
import java.security.cert.CertificateFactory;
import java.security.cert.X509Certificate;
import java.time.Instant;
import java.util.Optional;
import jp.mynaportal.insurance.Eligibility.Outcome;
import jp.mynaportal.pki.CertificatePathException;
import jp.mynaportal.pki.CertificatePaths;
import jp.mynaportal.pki.RevocationUnavailableException;

/**
 * The card side of オンライン資格確認, without the database: the certificate must be a 利用者証明用
 * certificate (digitalSignature) with a path to a trusted authentication CA, valid now and not on
 * the CA's current CRL, and the signature must verify over the challenge with its key.
 */
final class EligibilityCheck {

    private static final int DIGITAL_SIGNATURE = 0;

    private final CertificatePaths paths;

    EligibilityCheck(CertificatePaths paths) {
        this.paths = paths;
    }

    /** The certificate the card proved, or the outcome that refuses it. */
    Result verify(byte[] certificateDer, byte[] challenge, byte[] signature, Instant now) {
        X509Certificate certificate;
        try {
            certificate = (X509Certificate) CertificateFactory.getInstance("X.509")
                    .generateCertificate(new ByteArrayInputStream(certificateDer));
        } catch (GeneralSecurityException | RuntimeException e) {
            return Result.refused(Outcome.CERTIFICATE_INVALID);
        }
        boolean[] usage = certificate.getKeyUsage();
        if (usage == null || usage.length <= DIGITAL_SIGNATURE || !usage[DIGITAL_SIGNATURE]) {
            return Result.refused(Outcome.CERTIFICATE_INVALID);
        }
        X509Certificate issuer;
        try {
            issuer = paths.trustedIssuer(certificate, now);
        } catch (CertificatePathException e) {
            return Result.refused(Outcome.CERTIFICATE_INVALID);
        }
        try {
            if (paths.revocation(certificate, issuer).isPresent()) {
                return Result.refused(Outcome.CERTIFICATE_REVOKED);
            }
        } catch (RevocationUnavailableException e) {
            return Result.refused(Outcome.REVOCATION_UNAVAILABLE);
        }
        if (!signatureVerifies(certificate, challenge, signature)) {
            return Result.refused(Outcome.SIGNATURE_INVALID);
        }
        return new Result(Optional.of(certificate), null);
    }

    private static boolean signatureVerifies(X509Certificate certificate, byte[] challenge, byte[] signature) {
        if (signature == null || signature.length == 0) {
            return false;
        }
        try {
            Signature verifier = Signature.getInstance("SHA256withRSA");
            verifier.initVerify(certificate.getPublicKey());
            verifier.update(challenge);
            return verifier.verify(signature);
        } catch (GeneralSecurityException | RuntimeException e) {
            return false;
        }
    }

    /** A proved certificate, or the outcome that refused it. */
    record Result(Optional<X509Certificate> certificate, Outcome refusal) {
        static Result refused(Outcome outcome) {
            return new Result(Optional.empty(), outcome);
        }
    }
}
