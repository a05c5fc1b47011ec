package jp.mynaportal.demo;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.PrivateKey;
import java.security.SecureRandom;
import java.security.cert.CertificateFactory;
import java.security.cert.X509Certificate;
import java.security.spec.ECGenParameterSpec;
import java.security.spec.PKCS8EncodedKeySpec;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Date;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import javax.security.auth.x500.X500Principal;
import jp.mynaportal.agency.AgencyRequestSigner;
import jp.mynaportal.card.virtual.AtomicFiles;
import org.bouncycastle.asn1.x509.BasicConstraints;
import org.bouncycastle.asn1.x509.Extension;
import org.bouncycastle.asn1.x509.KeyUsage;
import org.bouncycastle.cert.jcajce.JcaX509CertificateConverter;
import org.bouncycastle.cert.jcajce.JcaX509v3CertificateBuilder;
import org.bouncycastle.operator.OperatorCreationException;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;

/**
 * The demo's small agency CA (BouncyCastle, EC P-256) in {@code <data dir>/agency}: its key and
 * certificate in {@code ca/}, and for each demo agency a folder named after its code with the
 * signing key and the certificate this CA issued ({@link AgencyRequestSigner#KEY_FILE}, {@link
 * AgencyRequestSigner#CERTIFICATE_FILE}). Every file and folder is readable by the owner only.
 * Made once; later starts read what is there.
 */
final class DemoAgencyCa {

    private static final SecureRandom RANDOM = new SecureRandom();
    private static final Duration VALIDITY = Duration.ofDays(5 * 365);

    private static final char[] BASE32 = "0123456789ABCDEFGHJKMNPQRSTVWXYZ".toCharArray();

    private final Path folder;
    private final PrivateKey caKey;
    private final X509Certificate caCertificate;
    private final byte[] linkSecret;

    private DemoAgencyCa(Path folder, PrivateKey caKey, X509Certificate caCertificate) {
        this.folder = folder;
        this.caKey = caKey;
        this.caCertificate = caCertificate;
        this.linkSecret = linkSecret(folder.resolve("ca").resolve("link-secret"));
    }

    /**
     * The demo resident's link code with the agency: derived, like a 機関別符号, by a one-way
     * function (HMAC-SHA256 with the demo's secret) from the pair, so that every database of the
     * same data folder (the tests' H2 and PostgreSQL) gives the demo residents the same codes.
     */
    String linkCode(String agencyCode, String residentId) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(linkSecret, "HmacSHA256"));
            byte[] digest = mac.doFinal((agencyCode + "\n" + residentId).getBytes(StandardCharsets.UTF_8));
            char[] code = new char[20];
            for (int i = 0; i < code.length; i++) {
                code[i] = BASE32[(digest[i] & 0xff) % BASE32.length];
            }
            return new String(code);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    private static byte[] linkSecret(Path file) {
        try {
            if (!Files.exists(file)) {
                byte[] secret = new byte[32];
                RANDOM.nextBytes(secret);
                AtomicFiles.write(file, Base64.getEncoder().encode(secret));
            }
            return Base64.getDecoder()
                    .decode(Files.readString(file, StandardCharsets.US_ASCII).trim());
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the demo's link secret " + file, e);
        }
    }

    static DemoAgencyCa openOrCreate(Path folder) {
        Path ca = folder.resolve("ca");
        try {
            if (Files.exists(ca.resolve(AgencyRequestSigner.CERTIFICATE_FILE))) {
                return new DemoAgencyCa(
                        folder, readKey(ca, "EC"), readCertificate(ca.resolve(AgencyRequestSigner.CERTIFICATE_FILE)));
            }
            KeyPair keys = newKeyPair();
            X500Principal name = new X500Principal("CN=Mynaportal demo agency CA, O=Mynaportal demo, C=JP");
            X509Certificate certificate = issue(name, keys, name, keys.getPrivate(), true);
            write(
                    ca.resolve(AgencyRequestSigner.KEY_FILE),
                    "PRIVATE KEY",
                    keys.getPrivate().getEncoded());
            write(ca.resolve(AgencyRequestSigner.CERTIFICATE_FILE), "CERTIFICATE", certificate.getEncoded());
            return new DemoAgencyCa(folder, keys.getPrivate(), certificate);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot open the demo agency CA in " + folder, e);
        } catch (GeneralSecurityException | OperatorCreationException e) {
            throw new IllegalStateException("Cannot create the demo agency CA in " + folder, e);
        }
    }

    /** The certificate of the agency's signing key, issued (with a new key) the first time. */
    X509Certificate agencyCertificate(String code, String englishName) {
        Path own = folder.resolve(code);
        Path certificateFile = own.resolve(AgencyRequestSigner.CERTIFICATE_FILE);
        try {
            if (Files.exists(certificateFile)) {
                return readCertificate(certificateFile);
            }
            KeyPair keys = newKeyPair();
            X509Certificate certificate = issue(
                    new X500Principal("CN=" + code + ", O=" + englishName.replace(",", " ") + ", C=JP"),
                    keys,
                    caCertificate.getSubjectX500Principal(),
                    caKey,
                    false);
            write(
                    own.resolve(AgencyRequestSigner.KEY_FILE),
                    "PRIVATE KEY",
                    keys.getPrivate().getEncoded());
            write(certificateFile, "CERTIFICATE", certificate.getEncoded());
            return certificate;
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot write the key of " + code, e);
        } catch (GeneralSecurityException | OperatorCreationException e) {
            throw new IllegalStateException("Cannot issue the certificate of " + code, e);
        }
    }

    /** The agency's own folder (its key, certificate and the link codes of the demo residents). */
    Path folderOf(String code) {
        return folder.resolve(code);
    }

    private static X509Certificate issue(
            X500Principal subject, KeyPair keys, X500Principal issuer, PrivateKey issuerKey, boolean ca)
            throws GeneralSecurityException, OperatorCreationException, IOException {
        Instant now = Instant.now();
        JcaX509v3CertificateBuilder builder = new JcaX509v3CertificateBuilder(
                issuer,
                new BigInteger(128, RANDOM),
                Date.from(now.minus(Duration.ofDays(1))),
                Date.from(now.plus(VALIDITY)),
                subject,
                keys.getPublic());
        builder.addExtension(Extension.basicConstraints, true, new BasicConstraints(ca));
        builder.addExtension(
                Extension.keyUsage,
                true,
                new KeyUsage(ca ? KeyUsage.keyCertSign | KeyUsage.cRLSign : KeyUsage.digitalSignature));
        return new JcaX509CertificateConverter()
                .getCertificate(builder.build(new JcaContentSignerBuilder("SHA256withECDSA").build(issuerKey)));
    }

    private static KeyPair newKeyPair() throws GeneralSecurityException {
        KeyPairGenerator generator = KeyPairGenerator.getInstance("EC");
        generator.initialize(new ECGenParameterSpec("secp256r1"), RANDOM);
        return generator.generateKeyPair();
    }

    private static PrivateKey readKey(Path dir, String algorithm) throws IOException, GeneralSecurityException {
        String text = Files.readString(dir.resolve(AgencyRequestSigner.KEY_FILE), StandardCharsets.US_ASCII);
        String body = text.replaceAll("-----[A-Z ]+-----", "");
        return KeyFactory.getInstance(algorithm)
                .generatePrivate(new PKCS8EncodedKeySpec(Base64.getMimeDecoder().decode(body)));
    }

    private static X509Certificate readCertificate(Path file) throws IOException, GeneralSecurityException {
        try (InputStream in = Files.newInputStream(file)) {
            return (X509Certificate) CertificateFactory.getInstance("X.509").generateCertificate(in);
        }
    }

    /** Writes owner-only PEM. */
    static void write(Path file, String type, byte[] der) {
        String pem = "-----BEGIN " + type + "-----\n"
                + Base64.getMimeEncoder(64, "\n".getBytes(StandardCharsets.US_ASCII))
                        .encodeToString(der)
                + "\n-----END " + type + "-----\n";
        AtomicFiles.write(file, pem.getBytes(StandardCharsets.US_ASCII));
    }
}
