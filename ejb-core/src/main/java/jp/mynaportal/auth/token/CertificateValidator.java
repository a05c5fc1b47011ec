package jp.mynaportal.auth.token;

import java.security.cert.X509Certificate;
import java.time.Clock;
import java.util.List;
import java.util.Objects;
import jp.mynaportal.auth.LoginFailedException;
import jp.mynaportal.auth.LoginOutcome;
import jp.mynaportal.pki.CertificatePathException;
import jp.mynaportal.pki.CertificatePaths;
import jp.mynaportal.pki.CrlSource;
import jp.mynaportal.pki.RevocationUnavailableException;

/**
 * Checks an authentication certificate for login: key usage digitalSignature, then the shared
 * checks of {@link CertificatePaths} now (validity, a path to a configured CA that is itself valid,
 * absence from that CA's current CRL), each failure as the login outcome it means.
 */
public final class CertificateValidator {

    private static final int DIGITAL_SIGNATURE = 0;

    private final CertificatePaths paths;
    private final Clock clock;

    public CertificateValidator(List<X509Certificate> trustedCas, CrlSource revocation, Clock clock) {
        this.paths = new CertificatePaths(trustedCas, revocation);
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    /** Returns normally if the certificate may log in now; otherwise throws with the reason. */
    public void validate(X509Certificate certificate) {
        boolean[] keyUsage = certificate.getKeyUsage();
        if (keyUsage == null || keyUsage.length <= DIGITAL_SIGNATURE || !keyUsage[DIGITAL_SIGNATURE]) {
            throw new LoginFailedException(LoginOutcome.CERTIFICATE_WRONG_KEY_USAGE, "no digitalSignature key usage");
        }
        X509Certificate issuer;
        try {
            issuer = paths.trustedIssuer(certificate, clock.instant());
        } catch (CertificatePathException e) {
            throw new LoginFailedException(outcome(e.reason()), e.getMessage(), e);
        }
        boolean revoked;
        try {
            revoked = paths.revocation(certificate, issuer).isPresent();
        } catch (RevocationUnavailableException e) {
            throw new LoginFailedException(LoginOutcome.REVOCATION_UNAVAILABLE, e.getMessage(), e);
        }
        if (revoked) {
            throw new LoginFailedException(
                    LoginOutcome.CERTIFICATE_REVOKED,
                    "serial " + certificate.getSerialNumber().toString(16) + " is on the CRL");
        }
    }

    private static LoginOutcome outcome(CertificatePathException.Reason reason) {
        return switch (reason) {
            case CERTIFICATE_EXPIRED -> LoginOutcome.CERTIFICATE_EXPIRED;
            case CERTIFICATE_NOT_YET_VALID -> LoginOutcome.CERTIFICATE_NOT_YET_VALID;
            case UNTRUSTED, CA_NOT_VALID -> LoginOutcome.CERTIFICATE_UNTRUSTED;
        };
    }
}
