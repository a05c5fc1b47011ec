package jp.mynaportal.insurance.internal;

import jakarta.enterprise.context.ApplicationScoped;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import jp.mynaportal.pki.CertificateFiles;
import jp.mynaportal.pki.CertificatePaths;
import jp.mynaportal.pki.FileCrlSource;
import jp.mynaportal.pki.PkiSettings;
import jp.mynaportal.platform.ConfiguredPaths;
import org.eclipse.microprofile.config.Config;
import org.eclipse.microprofile.config.ConfigProvider;

/**
 * The authentication CAs a card's 利用者証明用 certificate must lead to in an eligibility check, and
 * their CRLs: the same as login trusts ({@code mynaportal.auth.trusted-cas}, {@code
 * mynaportal.auth.crls}), read once; a newly published CRL is read again without a restart.
 */
@ApplicationScoped
public class InsuranceTrust {

    private volatile EligibilityCheck check;

    EligibilityCheck check() {
        EligibilityCheck current = check;
        if (current == null) {
            synchronized (this) {
                current = check;
                if (current == null) {
                    Config config = ConfigProvider.getConfig(InsuranceTrust.class.getClassLoader());
                    Path pki = ConfiguredPaths.pkiFolder(config);
                    List<Path> cas =
                            ConfiguredPaths.list(config, "mynaportal.auth.trusted-cas", pki.resolve("auth-ca.crt"));
                    List<Path> crls = ConfiguredPaths.list(config, "mynaportal.auth.crls", pki.resolve("auth-ca.crl"));
                    Clock clock = Clock.systemUTC();
                    current = new EligibilityCheck(new CertificatePaths(
                            CertificateFiles.read(cas),
                            new FileCrlSource(
                                    crls, clock, PkiSettings.fromConfig().clockSkew())));
                    check = current;
                }
            }
        }
        return current;
    }
}
