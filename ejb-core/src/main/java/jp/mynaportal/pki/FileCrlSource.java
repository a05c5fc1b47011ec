package jp.mynaportal.pki;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.security.GeneralSecurityException;
import java.security.cert.CertificateFactory;
import java.security.cert.X509CRL;
import java.security.cert.X509Certificate;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.logging.Logger;
import javax.security.auth.x500.X500Principal;

/**
 * CRLs read from files (DER or PEM), one per CA. A CRL is kept in memory until its nextUpdate, or
 * until its file changes, and then read again, so a newly published CRL takes effect without a
 * restart. A CRL whose signature does not verify with the CA's key, or that is past its
 * nextUpdate with no newer file, makes its callers fail closed. A CRL whose thisUpdate is ahead of
 * the server's clock by at most the clock skew (the CA's clock runs a little ahead) is current.
 */
public final class FileCrlSource implements CrlSource {

    private static final Logger LOG = Logger.getLogger(FileCrlSource.class.getName());

    private final List<Path> files;
    private final Clock clock;
    private final Duration clockSkew;
    private final Map<X500Principal, Cached> cache = new ConcurrentHashMap<>();
    private final Map<X500Principal, X509CRL> verified = new ConcurrentHashMap<>();

    private record Cached(X509CRL crl, Path file, FileTime version) {}

    /** CRLs that are current only once the server's clock has reached their thisUpdate. */
    public FileCrlSource(List<Path> files, Clock clock) {
        this(files, clock, Duration.ZERO);
    }

    /**
     * @param clockSkew how far a CRL's thisUpdate may be ahead of the server's clock, not negative
     */
    public FileCrlSource(List<Path> files, Clock clock, Duration clockSkew) {
        if (clockSkew.isNegative()) {
            throw new IllegalArgumentException("clockSkew must not be negative");
        }
        this.files = List.copyOf(files);
        this.clock = clock;
        this.clockSkew = clockSkew;
    }

    @Override
    public X509CRL currentCrl(X509Certificate issuer) {
        X500Principal name = issuer.getSubjectX500Principal();
        Instant now = clock.instant();
        Cached cached = cache.get(name);
        if (cached == null || !current(cached.crl(), now) || changed(cached.file(), cached.version())) {
            reload();
            cached = cache.get(name);
        }
        if (cached == null) {
            throw new RevocationUnavailableException("no CRL of " + name);
        }
        if (!current(cached.crl(), now)) {
            throw new RevocationUnavailableException("the CRL of " + name + " is out of date");
        }
        if (verified.get(name) == cached.crl()) {
            return cached.crl();
        }
        try {
            cached.crl().verify(issuer.getPublicKey());
            verified.put(name, cached.crl());
        } catch (GeneralSecurityException e) {
            throw new RevocationUnavailableException("the CRL of " + name + " is not signed by it", e);
        }
        return cached.crl();
    }

    private boolean current(X509CRL crl, Instant now) {
        return !crl.getThisUpdate().toInstant().isAfter(now.plus(clockSkew))
                && (crl.getNextUpdate() == null
                        || now.isBefore(crl.getNextUpdate().toInstant()));
    }

    private static boolean changed(Path file, FileTime version) {
        try {
            return !Files.getLastModifiedTime(file).equals(version);
        } catch (IOException e) {
            return true;
        }
    }

    private synchronized void reload() {
        for (Path file : files) {
            try {
                FileTime version = Files.getLastModifiedTime(file);
                X509CRL crl;
                try (InputStream in = Files.newInputStream(file)) {
                    crl = (X509CRL) CertificateFactory.getInstance("X.509").generateCRL(in);
                }
                cache.put(crl.getIssuerX500Principal(), new Cached(crl, file, version));
                LOG.info(() -> "CRL of " + crl.getIssuerX500Principal().getName() + " read from " + file
                        + ", next update " + crl.getNextUpdate());
            } catch (IOException | GeneralSecurityException e) {
                LOG.warning(() -> "Cannot read the CRL " + file + ": " + e.getMessage());
            }
        }
    }
}
