package jp.mynaportal.pki;

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
import java.security.cert.X509CRLEntry;
import java.security.cert.X509Certificate;
import java.time.Instant;
import java.util.Date;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The certificate checks login and signatures share: the certificate's validity at a time, a PKIX
 * path to one of the configured CA certificates, that CA's own validity at the same time (PKIX
 * leaves a trust anchor's dates unchecked), and the certificate's entry on the CA's current CRL.
 * Key usage and what a valid certificate means are the callers' business.
 *
 * <p>A verified path is remembered per certificate (the CA's signature on it is what costs; a login
 * would otherwise verify it again each time): the dates of the certificate and of its CA are still
 * checked on every call, and so is the certificate's entry on the CA's current CRL. A remembered
 * path is forgotten when its certificate or CA is found expired, and all of a CA's remembered paths
 * when a new CRL of that CA is in use. At most {@value #MAX_REMEMBERED_PATHS} paths are kept.
 */
public final class CertificatePaths {

    static final int MAX_REMEMBERED_PATHS = 10_000;

    private final Set<TrustAnchor> anchors;
    private final CrlSource crls;
    /** certificate → the trusted CA whose signature on it was verified. */
    private final Map<X509Certificate, X509Certificate> verifiedPaths = new ConcurrentHashMap<>();
    /** CA certificate → the CRL in use when its paths were remembered. */
    private final Map<X509Certificate, X509CRL> crlsInUse = new ConcurrentHashMap<>();

    /**
     * @param trustedCas the CA certificates to trust, at least one
     * @param crls the current CRLs of those CAs
     */
    public CertificatePaths(List<X509Certificate> trustedCas, CrlSource crls) {
        if (trustedCas.isEmpty()) {
            throw new IllegalArgumentException("At least one trusted CA certificate is needed");
        }
        Set<TrustAnchor> set = new HashSet<>();
        for (X509Certificate ca : trustedCas) {
            set.add(new TrustAnchor(ca, null));
        }
        this.anchors = Set.copyOf(set);
        this.crls = Objects.requireNonNull(crls, "crls");
    }

    /**
     * The trusted CA that issued the certificate, when the certificate and that CA are both valid at
     * {@code at}.
     *
     * @throws CertificatePathException with the reason otherwise
     */
    public X509Certificate trustedIssuer(X509Certificate certificate, Instant at) {
        Date date = Date.from(at);
        try {
            certificate.checkValidity(date);
        } catch (CertificateExpiredException e) {
            verifiedPaths.remove(certificate);
            throw new CertificatePathException(
                    CertificatePathException.Reason.CERTIFICATE_EXPIRED,
                    "expired " + certificate.getNotAfter().toInstant());
        } catch (CertificateNotYetValidException e) {
            throw new CertificatePathException(
                    CertificatePathException.Reason.CERTIFICATE_NOT_YET_VALID,
                    "valid from " + certificate.getNotBefore().toInstant());
        }
        X509Certificate issuer = verifiedPaths.get(certificate);
        if (issuer == null) {
            issuer = pathEnd(certificate, date);
            remember(certificate, issuer);
        }
        try {
            issuer.checkValidity(date);
        } catch (CertificateExpiredException | CertificateNotYetValidException e) {
            verifiedPaths.remove(certificate);
            throw new CertificatePathException(
                    CertificatePathException.Reason.CA_NOT_VALID,
                    "the trusted CA " + issuer.getSubjectX500Principal().getName() + " is valid from "
                            + issuer.getNotBefore().toInstant() + " to "
                            + issuer.getNotAfter().toInstant(),
                    e);
        }
        return issuer;
    }

    /**
     * The certificate's entry on its issuer's current CRL, empty when it is not revoked.
     *
     * @throws RevocationUnavailableException if the issuer has no current CRL
     */
    public Optional<X509CRLEntry> revocation(X509Certificate certificate, X509Certificate issuer) {
        X509CRL crl = crls.currentCrl(issuer);
        if (crlsInUse.put(issuer, crl) != crl) {
            verifiedPaths.values().removeIf(issuer::equals);
        }
        return Optional.ofNullable(crl.getRevokedCertificate(certificate));
    }

    /** How many verified paths are remembered (for the tests). */
    int rememberedPaths() {
        return verifiedPaths.size();
    }

    private void remember(X509Certificate certificate, X509Certificate issuer) {
        if (verifiedPaths.size() >= MAX_REMEMBERED_PATHS) {
            verifiedPaths.clear();
        }
        verifiedPaths.put(certificate, issuer);
    }

    private X509Certificate pathEnd(X509Certificate certificate, Date date) {
        try {
            PKIXParameters parameters = new PKIXParameters(anchors);
            parameters.setRevocationEnabled(false);
            parameters.setDate(date);
            CertificateFactory factory = CertificateFactory.getInstance("X.509");
            PKIXCertPathValidatorResult result = (PKIXCertPathValidatorResult) CertPathValidator.getInstance("PKIX")
                    .validate(factory.generateCertPath(List.of(certificate)), parameters);
            return result.getTrustAnchor().getTrustedCert();
        } catch (CertPathValidatorException e) {
            throw new CertificatePathException(CertificatePathException.Reason.UNTRUSTED, "no path to a trusted CA", e);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("PKIX validation is not available", e);
        }
    }
}
