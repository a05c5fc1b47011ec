package jp.mynaportal.auth.token;

import java.security.GeneralSecurityException;
import java.security.cert.CertPathValidator;
import java.security.cert.CertPathValidatorException;
import java.security.cert.CertificateExpiredException;
import java.security.cert.CertificateFactory;
import java.security.cert.CertificateNotYetValidException;
import java.security.cert.PKIXCertPathValidatorResult;
import java.security.cert.PKIXParameters;
import java.security.cert.TrustAnchor;
import java.security.cert.X509CRL;
import java.security.cert.X509Certificate;
import java.time.Clock;
import java.util.Date;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import jp.mynaportal.auth.LoginFailedException;
import jp.mynaportal.auth.LoginOutcome;

/**
 * Checks an authentication certificate: key usage digitalSignature, validity now, a PKIX path to
 * one of the configured CA certificates, and absence from that CA's current CRL.
 */
public final class CertificateValidator {

    private static final int DIGITAL_SIGNATURE = 0;

    private final Set<TrustAnchor> anchors;
    private final RevocationSource revocation;
    private final Clock clock;

    public CertificateValidator(List<X509Certificate> trustedCas, RevocationSource revocation, Clock clock) {
        if (trustedCas.isEmpty()) {
            throw new IllegalArgumentException("At least one trusted CA certificate is needed");
        }
        Set<TrustAnchor> set = new HashSet<>();
        for (X509Certificate ca : trustedCas) {
            set.add(new TrustAnchor(ca, null));
        }
        this.anchors = Set.copyOf(set);
        this.revocation = Objects.requireNonNull(revocation, "revocation");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    /** Returns normally if the certificate may log in now; otherwise throws with the reason. */
    public void validate(X509Certificate certificate) {
        boolean[] keyUsage = certificate.getKeyUsage();
        if (keyUsage == null || keyUsage.length <= DIGITAL_SIGNATURE || !keyUsage[DIGITAL_SIGNATURE]) {
            throw new LoginFailedException(LoginOutcome.CERTIFICATE_WRONG_KEY_USAGE, "no digitalSignature key usage");
        }
        Date now = Date.from(clock.instant());
        try {
            certificate.checkValidity(now);
        } catch (CertificateExpiredException e) {
            throw new LoginFailedException(
                    LoginOutcome.CERTIFICATE_EXPIRED,
                    "expired " + certificate.getNotAfter().toInstant());
        } catch (CertificateNotYetValidException e) {
            throw new LoginFailedException(
                    LoginOutcome.CERTIFICATE_NOT_YET_VALID,
                    "valid from " + certificate.getNotBefore().toInstant());
        }
        X509Certificate issuer = trustedIssuer(certificate, now);
        X509CRL crl = revocation.currentCrl(issuer);
        if (crl.isRevoked(certificate)) {
            throw new LoginFailedException(
                    LoginOutcome.CERTIFICATE_REVOKED,
                    "serial " + certificate.getSerialNumber().toString(16) + " is on the CRL");
        }
    }

    private X509Certificate trustedIssuer(X509Certificate certificate, Date now) {
        try {
            PKIXParameters parameters = new PKIXParameters(anchors);
            parameters.setRevocationEnabled(false);
            parameters.setDate(now);
            CertificateFactory factory = CertificateFactory.getInstance("X.509");
            PKIXCertPathValidatorResult result = (PKIXCertPathValidatorResult) CertPathValidator.getInstance("PKIX")
                    .validate(factory.generateCertPath(List.of(certificate)), parameters);
            return result.getTrustAnchor().getTrustedCert();
        } catch (CertPathValidatorException e) {
            throw new LoginFailedException(LoginOutcome.CERTIFICATE_UNTRUSTED, "no path to a trusted CA", e);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("PKIX validation is not available", e);
        }
    }
}
