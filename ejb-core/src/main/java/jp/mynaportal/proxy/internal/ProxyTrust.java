package jp.mynaportal.proxy.internal;

import jakarta.enterprise.context.ApplicationScoped;
import java.io.ByteArrayInputStream;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.cert.CertificateFactory;
import java.security.cert.X509Certificate;
import java.time.Clock;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.logging.Logger;
import jp.mynaportal.pki.CertificateFiles;
import jp.mynaportal.pki.CertificatePathException;
import jp.mynaportal.pki.CertificatePaths;
import jp.mynaportal.pki.FileCrlSource;
import jp.mynaportal.pki.PkiSettings;
import jp.mynaportal.pki.RevocationUnavailableException;
import jp.mynaportal.platform.ConfiguredPaths;
import org.eclipse.microprofile.config.Config;
import org.eclipse.microprofile.config.ConfigProvider;

/**
 * Whether an authentication certificate a card presented at a 代理人 registration is still good:
 * valid now, on a path to the CAs login trusts ({@code mynaportal.auth.trusted-cas}) and not on that
 * CA's current CRL ({@code mynaportal.auth.crls}, read again when a new one is published). Asked on
 * every call of a 代理人, so that a revoked certificate stops the registration at once; a CRL that
 * cannot be read counts as revoked.
 */
@ApplicationScoped
public class ProxyTrust {

    private static final Logger LOG = Logger.getLogger(ProxyTrust.class.getName());

    private volatile CertificatePaths paths;

    /** Whether the certificate (its DER as base64) may still stand for its holder at the instant. */
    public boolean good(String certificateBase64, Instant at) {
        if (certificateBase64 == null) {
            return false;
        }
        try {
            X509Certificate certificate = decode(certificateBase64);
            X509Certificate issuer = paths().trustedIssuer(certificate, at);
            return paths().revocation(certificate, issuer).isEmpty();
        } catch (CertificatePathException | RevocationUnavailableException | GeneralSecurityException e) {
            LOG.info(() -> "A proxy registration's certificate no longer stands: "
                    + e.getClass().getSimpleName());
            return false;
        }
    }

    /** The certificate's DER as base64, as registrations store it. */
    static String encode(X509Certificate certificate) throws GeneralSecurityException {
        return Base64.getEncoder().encodeToString(certificate.getEncoded());
    }

    static X509Certificate decode(String base64) throws GeneralSecurityException {
        return (X509Certificate) CertificateFactory.getInstance("X.509")
                .generateCertificate(
                        new ByteArrayInputStream(Base64.getDecoder().decode(base64)));
    }

    private CertificatePaths paths() {
        CertificatePaths current = paths;
        if (current == null) {
            synchronized (this) {
                current = paths;
                if (current == null) {
                    Config config = ConfigProvider.getConfig(ProxyTrust.class.getClassLoader());
                    Path pki = ConfiguredPaths.pkiFolder(config);
                    List<Path> cas =
                            ConfiguredPaths.list(config, "mynaportal.auth.trusted-cas", pki.resolve("auth-ca.crt"));
                    List<Path> crls = ConfiguredPaths.list(config, "mynaportal.auth.crls", pki.resolve("auth-ca.crl"));
                    Clock clock = Clock.systemUTC();
                    current = new CertificatePaths(
                            CertificateFiles.read(cas),
                            new FileCrlSource(
                                    crls, clock, PkiSettings.fromConfig().clockSkew()));
                    paths = current;
                }
            }
        }
        return current;
    }
}
