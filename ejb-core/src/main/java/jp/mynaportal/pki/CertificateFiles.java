package jp.mynaportal.pki;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.cert.CertificateFactory;
import java.security.cert.X509Certificate;
import java.util.ArrayList;
import java.util.List;

/** Trusted CA certificates from files (PEM or DER, several per file); a missing file adds none. */
public final class CertificateFiles {

    private CertificateFiles() {}

    /**
     * The certificates of the files that exist.
     *
     * @throws IllegalStateException if an existing file cannot be read as certificates
     */
    public static List<X509Certificate> read(List<Path> files) {
        List<X509Certificate> certificates = new ArrayList<>();
        for (Path file : files) {
            if (!Files.isRegularFile(file)) {
                continue;
            }
            try (InputStream in = Files.newInputStream(file)) {
                CertificateFactory.getInstance("X.509")
                        .generateCertificates(in)
                        .forEach(c -> certificates.add((X509Certificate) c));
            } catch (IOException | GeneralSecurityException e) {
                throw new IllegalStateException("Cannot read the trusted CA certificate " + file, e);
            }
        }
        return certificates;
    }
}
