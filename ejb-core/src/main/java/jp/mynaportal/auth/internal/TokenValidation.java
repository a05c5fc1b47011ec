package jp.mynaportal.auth.internal;

import jakarta.enterprise.context.ApplicationScoped;
import java.security.cert.X509Certificate;
import java.time.Clock;
import java.util.List;
import jp.mynaportal.auth.LoginFailedException;
import jp.mynaportal.auth.LoginOutcome;
import jp.mynaportal.auth.token.CertificateValidator;
import jp.mynaportal.auth.token.TokenValidator;
import jp.mynaportal.pki.CertificateFiles;
import jp.mynaportal.pki.FileCrlSource;
import jp.mynaportal.pki.PkiSettings;

/**
 * The application's token validator, built on first use from {@link AuthSettings}: the trusted CA
 * certificates and the CRL files (whose cache lives as long as the application).
 */
@ApplicationScoped
public class TokenValidation {

    private volatile TokenValidator validator;
    private volatile AuthSettings settings;

    public AuthSettings settings() {
        AuthSettings current = settings;
        if (current == null) {
            current = AuthSettings.fromConfig();
            settings = current;
        }
        return current;
    }

    /** The validator; fails the login as untrusted while no CA certificate can be read. */
    public TokenValidator validator() {
        TokenValidator current = validator;
        if (current == null) {
            synchronized (this) {
                current = validator;
                if (current == null) {
                    List<X509Certificate> cas = CertificateFiles.read(settings().trustedCas());
                    if (cas.isEmpty()) {
                        throw new LoginFailedException(
                                LoginOutcome.CERTIFICATE_UNTRUSTED, "no trusted CA is configured");
                    }
                    Clock clock = Clock.systemUTC();
                    current = new TokenValidator(new CertificateValidator(
                            cas,
                            new FileCrlSource(
                                    settings().crls(),
                                    clock,
                                    PkiSettings.fromConfig().clockSkew()),
                            clock));
                    validator = current;
                }
            }
        }
        return current;
    }
}
