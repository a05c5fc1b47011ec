package jp.mynaportal.pki;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigInteger;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.cert.X509Certificate;
import java.time.Instant;
import java.util.Date;
import java.util.concurrent.atomic.AtomicLong;
import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.asn1.x509.BasicConstraints;
import org.bouncycastle.asn1.x509.CRLReason;
import org.bouncycastle.asn1.x509.Extension;
import org.bouncycastle.asn1.x509.KeyUsage;
import org.bouncycastle.cert.X509CertificateHolder;
import org.bouncycastle.cert.X509v2CRLBuilder;
import org.bouncycastle.cert.jcajce.JcaX509CertificateConverter;
import org.bouncycastle.cert.jcajce.JcaX509v3CertificateBuilder;
import org.bouncycastle.operator.ContentSigner;
import org.bouncycastle.operator.OperatorCreationException;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;

/** A throw-away CA for the pki tests: its validity, the certificates it issues and its CRLs are chosen per test. */
final class TestCa {

    private static final AtomicLong SERIALS = new AtomicLong(1);
    private static final KeyPair KEYS = keyPair();

    private final X500Name name;
    private final X509Certificate certificate;

    TestCa(String commonName, Instant notBefore, Instant notAfter) {
        this.name = new X500Name("CN=" + commonName + ",O=Mynaportal test,C=JP");
        this.certificate = build(name, KEYS, notBefore, notAfter, true);
    }

    X509Certificate certificate() {
        return certificate;
    }

    /** A certificate of this CA for another key, valid in the given period. */
    X509Certificate issue(Instant notBefore, Instant notAfter) {
        return build(
                new X500Name("CN=card " + SERIALS.get() + ",O=Mynaportal test,C=JP"), KEYS, notBefore, notAfter, false);
    }

    /** Writes a CRL of this CA issued at {@code thisUpdate}, listing {@code revoked}. */
    Path writeCrl(Path file, Instant thisUpdate, Instant nextUpdate, X509Certificate... revoked) {
        X509v2CRLBuilder crl = new X509v2CRLBuilder(name, Date.from(thisUpdate));
        crl.setNextUpdate(Date.from(nextUpdate));
        for (X509Certificate certificate : revoked) {
            crl.addCRLEntry(certificate.getSerialNumber(), Date.from(thisUpdate), CRLReason.keyCompromise);
        }
        try {
            Files.write(file, crl.build(signer()).getEncoded());
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private X509Certificate build(X500Name subject, KeyPair keys, Instant notBefore, Instant notAfter, boolean ca) {
        try {
            JcaX509v3CertificateBuilder builder = new JcaX509v3CertificateBuilder(
                    name,
                    BigInteger.valueOf(SERIALS.getAndIncrement()),
                    Date.from(notBefore),
                    Date.from(notAfter),
                    subject,
                    keys.getPublic());
            builder.addExtension(Extension.basicConstraints, true, new BasicConstraints(ca));
            builder.addExtension(
                    Extension.keyUsage,
                    true,
                    new KeyUsage(ca ? KeyUsage.keyCertSign | KeyUsage.cRLSign : KeyUsage.digitalSignature));
            X509CertificateHolder holder = builder.build(signer());
            return new JcaX509CertificateConverter().getCertificate(holder);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    private static ContentSigner signer() {
        try {
            return new JcaContentSignerBuilder("SHA256withRSA").build(KEYS.getPrivate());
        } catch (OperatorCreationException e) {
            throw new IllegalStateException(e);
        }
    }

    private static KeyPair keyPair() {
        try {
            KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
            generator.initialize(2048);
            return generator.generateKeyPair();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }
}
