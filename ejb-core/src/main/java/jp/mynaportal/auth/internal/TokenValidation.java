package jp.mynaportal.auth.internal;

import jakarta.enterprise.context.ApplicationScoped;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.cert.CertificateFactory;
import java.security.cert.X509Certificate;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import jp.mynaportal.auth.LoginFailedException;
import jp.mynaportal.auth.LoginOutcome;
import jp.mynaportal.auth.token.CertificateValidator;
import jp.mynaportal.auth.token.FileCrlSource;
import jp.mynaportal.auth.token.TokenValidator;

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
                    List<X509Certificate> cas = readCertificates(settings().trustedCas());
                    if (cas.isEmpty()) {
                        throw new LoginFailedException(LoginOutcome.CERTIFICATE_UNTRUSTED, "no trusted CA is configured");
                    }
                    Clock clock = Clock.systemUTC();
                    current = new TokenValidator(new CertificateValidator(cas, new FileCrlSource(settings().crls(), clock), clock));
                    validator = current;
                }
            }
        }
        return current;
    }

    private static List<X509Certificate> readCertificates(List<Path> files) {
        List<X509Certificate> certificates = new ArrayList<>();
        for (Path file : files) {
            if (!Files.isRegularFile(file)) {
                continue;
            }
            try (InputStream in = Files.newInputStream(file)) {
                CertificateFactory.getInstance("X.509").generateCertificates(in)
                        .forEach(c -> certificates.add((X509Certificate) c));
            } catch (IOException | GeneralSecurityException e) {
                throw new IllegalStateException("Cannot read the trusted CA certificate " + file, e);
            }
        }
        return certificates;
    }
}
