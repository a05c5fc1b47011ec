package jp.mynaportal.auth.token;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigInteger;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.MessageDigest;
import java.security.PrivateKey;
import java.security.Signature;
import java.security.cert.X509Certificate;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Base64;
import java.util.Date;
import java.util.List;
import jp.mynaportal.card.adapter.CardReadersManagedConnectionFactory;
import jp.mynaportal.card.api.BasicFacts;
import jp.mynaportal.card.api.CardKey;
import jp.mynaportal.card.api.CardReaders;
import jp.mynaportal.card.api.CardSession;
import jp.mynaportal.card.api.CertificateKind;
import jp.mynaportal.card.api.PinKind;
import jp.mynaportal.card.api.Sex;
import jp.mynaportal.card.devpki.CardPins;
import jp.mynaportal.card.devpki.DevelopmentPki;
import jp.mynaportal.card.devpki.Resident;
import jp.mynaportal.card.transport.VirtualReaderTransport;
import jp.mynaportal.pki.FileCrlSource;
import org.bouncycastle.asn1.pkcs.PrivateKeyInfo;
import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.asn1.x509.BasicConstraints;
import org.bouncycastle.asn1.x509.ExtendedKeyUsage;
import org.bouncycastle.asn1.x509.Extension;
import org.bouncycastle.asn1.x509.KeyPurposeId;
import org.bouncycastle.asn1.x509.KeyUsage;
import org.bouncycastle.cert.jcajce.JcaX509CertificateConverter;
import org.bouncycastle.cert.jcajce.JcaX509v3CertificateBuilder;
import org.bouncycastle.openssl.PEMParser;
import org.bouncycastle.openssl.jcajce.JcaPEMKeyConverter;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;

/**
 * A development PKI in a temporary folder with real virtual cards (signing through the card
 * stack), plus certificates made to order under its auth CA for the cases a card never holds.
 */
final class TestPki {

    static final String ORIGIN = "https://portal.example";
    static final String PIN = "1234";

    final Path root;
    final DevelopmentPki pki;
    final CardReaders readers;
    final Path crl;

    TestPki(Path root) {
        this.root = root;
        this.pki = DevelopmentPki.openOrCreate(root.resolve("pki"));
        this.readers = (CardReaders) new CardReadersManagedConnectionFactory(
                        new VirtualReaderTransport(root.resolve("cards")), Duration.ofSeconds(5))
                .createConnectionFactory();
        this.crl = root.resolve("pki").resolve("auth-ca.crl");
    }

    /** Issues a card to a resident and returns its reader name. */
    String issueCard(String cardId) {
        pki.issue(
                new Resident(
                        cardId, "123456789018", new BasicFacts("試験 太郎", "東京都千代田区", LocalDate.of(1990, 1, 1), Sex.MALE)),
                new CardPins(PIN.toCharArray(), "ABC123".toCharArray(), "5678".toCharArray()),
                root.resolve("cards"));
        return VirtualReaderTransport.READER_PREFIX + cardId;
    }

    void publishCrl() {
        pki.publishCrls(root.resolve("pki"), Duration.ofDays(1));
    }

    TokenValidator validator(Clock clock) {
        return new TokenValidator(new CertificateValidator(
                List.of(pki.caCertificate(CardKey.AUTH)), new FileCrlSource(List.of(crl), clock), clock));
    }

    /** An RS256 Web eID token that the card in a reader signs for this origin and challenge. */
    String cardToken(String reader, String origin, String challenge) {
        return cardToken(reader, SignatureAlgorithm.RS256, TokenValidator.signedData(origin, challenge));
    }

    /**
     * A Web eID token of an algorithm that the card in a reader signs over {@code signedData} (with
     * the algorithm's hash, as the card makes it), whatever that data is.
     */
    String cardToken(String reader, SignatureAlgorithm algorithm, byte[] signedData) {
        try (CardSession session = readers.open(reader)) {
            session.verifyPin(PinKind.AUTH, PIN.toCharArray());
            byte[] digest = MessageDigest.getInstance(algorithm.hashName()).digest(signedData);
            byte[] signature = session.sign(CardKey.AUTH, algorithm.hashName(), digest);
            return token("web-eid:1.0", session.readCertificate(CertificateKind.AUTH), algorithm.name(), signature);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    static String token(String format, X509Certificate certificate, String algorithm, byte[] signature) {
        try {
            return json(
                    format,
                    Base64.getEncoder().encodeToString(certificate.getEncoded()),
                    algorithm,
                    Base64.getEncoder().encodeToString(signature));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    static String json(String format, String certificate, String algorithm, String signature) {
        StringBuilder out = new StringBuilder("{");
        append(out, "format", format);
        append(out, "unverifiedCertificate", certificate);
        append(out, "algorithm", algorithm);
        append(out, "signature", signature);
        out.setLength(out.length() - 1);
        return out.append('}').toString();
    }

    private static void append(StringBuilder out, String name, String value) {
        if (value != null) {
            out.append('"').append(name).append("\":\"").append(value).append("\",");
        }
    }

    static byte[] sign(PrivateKey key, String origin, String challenge) {
        try {
            Signature signer = Signature.getInstance("SHA256withRSA");
            signer.initSign(key);
            signer.update(TokenValidator.signedData(origin, challenge));
            return signer.sign();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    static KeyPair keyPair() {
        try {
            KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
            generator.initialize(2048);
            return generator.generateKeyPair();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * A certificate for a key, issued by this PKI's auth CA with the given validity and key usage
     * and the clientAuth extended key usage.
     */
    X509Certificate certificate(KeyPair keys, Instant notBefore, Instant notAfter, int keyUsage) {
        return certificate(keys, notBefore, notAfter, keyUsage, KeyPurposeId.id_kp_clientAuth);
    }

    /** A certificate as above with the given extended key usages (none: no such extension). */
    X509Certificate certificate(
            KeyPair keys, Instant notBefore, Instant notAfter, int keyUsage, KeyPurposeId... purposes) {
        try {
            X509Certificate ca = pki.caCertificate(CardKey.AUTH);
            JcaX509v3CertificateBuilder builder = new JcaX509v3CertificateBuilder(
                    ca,
                    BigInteger.valueOf(System.nanoTime()),
                    Date.from(notBefore),
                    Date.from(notAfter),
                    new X500Name("C=JP,CN=TEST"),
                    keys.getPublic());
            builder.addExtension(Extension.basicConstraints, true, new BasicConstraints(false));
            builder.addExtension(Extension.keyUsage, true, new KeyUsage(keyUsage));
            if (purposes.length > 0) {
                builder.addExtension(Extension.extendedKeyUsage, false, new ExtendedKeyUsage(purposes));
            }
            return new JcaX509CertificateConverter()
                    .getCertificate(builder.build(new JcaContentSignerBuilder("SHA256withRSA").build(caKey())));
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private PrivateKey caKey() throws IOException {
        try (PEMParser parser =
                new PEMParser(Files.newBufferedReader(root.resolve("pki").resolve("auth-ca.key")))) {
            return new JcaPEMKeyConverter().getPrivateKey((PrivateKeyInfo) parser.readObject());
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
    }
}
