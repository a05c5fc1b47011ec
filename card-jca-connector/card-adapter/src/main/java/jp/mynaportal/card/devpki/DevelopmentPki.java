package jp.mynaportal.card.devpki;

import java.io.IOException;
import java.io.StringReader;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.security.SecureRandom;
import java.security.cert.X509CRL;
import java.security.cert.X509Certificate;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.EnumMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.TreeSet;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import jp.mynaportal.card.api.CardAdministrator;
import jp.mynaportal.card.api.CardKey;
import jp.mynaportal.card.api.PinKind;
import jp.mynaportal.card.jpki.BasicFactsFile;
import jp.mynaportal.card.jpki.JpkiCardClient;
import jp.mynaportal.card.transport.CardLink;
import jp.mynaportal.card.transport.VirtualReaderTransport;
import jp.mynaportal.card.virtual.AtomicFiles;
import jp.mynaportal.card.virtual.CardFile;
import jp.mynaportal.card.virtual.CardState;
import jp.mynaportal.card.virtual.PinRecord;
import jp.mynaportal.card.virtual.VirtualJpkiCard;
import org.bouncycastle.asn1.pkcs.PrivateKeyInfo;
import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.asn1.x509.BasicConstraints;
import org.bouncycastle.asn1.x509.CRLNumber;
import org.bouncycastle.asn1.x509.CRLReason;
import org.bouncycastle.asn1.x509.ExtendedKeyUsage;
import org.bouncycastle.asn1.x509.Extension;
import org.bouncycastle.asn1.x509.KeyPurposeId;
import org.bouncycastle.asn1.x509.KeyUsage;
import org.bouncycastle.asn1.x509.SubjectPublicKeyInfo;
import org.bouncycastle.cert.X509CRLHolder;
import org.bouncycastle.cert.X509CertificateHolder;
import org.bouncycastle.cert.X509v2CRLBuilder;
import org.bouncycastle.cert.X509v3CertificateBuilder;
import org.bouncycastle.cert.jcajce.JcaX509CRLConverter;
import org.bouncycastle.cert.jcajce.JcaX509CertificateConverter;
import org.bouncycastle.cert.jcajce.JcaX509ExtensionUtils;
import org.bouncycastle.cert.jcajce.JcaX509v3CertificateBuilder;
import org.bouncycastle.openssl.PEMParser;
import org.bouncycastle.openssl.jcajce.JcaPEMKeyConverter;
import org.bouncycastle.openssl.jcajce.JcaPEMWriter;
import org.bouncycastle.openssl.jcajce.JcaPKCS8Generator;
import org.bouncycastle.operator.ContentSigner;
import org.bouncycastle.operator.OperatorCreationException;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;

/**
 * A development stand-in for JPKI's certification authorities, kept in one folder: an
 * authentication CA and a signing CA (RSA-2048, self-signed), an administrator key that may reset
 * card PINs, and a register of issued cards. It issues virtual cards, revokes them and publishes
 * CRLs. Not for production: its keys sit unencrypted in the folder.
 */
public final class DevelopmentPki {

    private static final String SIGNATURE_ALGORITHM = "SHA256withRSA";
    private static final Duration CA_VALIDITY = Duration.ofDays(3650);
    private static final SecureRandom RANDOM = new SecureRandom();

    private final Path folder;
    private final EnumMap<CardKey, KeyPair> caKeys = new EnumMap<>(CardKey.class);
    private final EnumMap<CardKey, X509Certificate> caCertificates = new EnumMap<>(CardKey.class);
    private final KeyPair adminKeys;

    private DevelopmentPki(Path folder, KeyPair adminKeys) {
        this.folder = folder;
        this.adminKeys = adminKeys;
    }

    /** Opens the PKI in a folder, creating its CAs and administrator key on first use. */
    public static DevelopmentPki openOrCreate(Path folder) {
        Path dir = folder.toAbsolutePath().normalize();
        return AtomicFiles.locked(dir.resolve("register.properties"), () -> {
            if (Files.exists(dir.resolve("admin.key"))) {
                return load(dir);
            }
            return create(dir);
        });
    }

    public Path folder() {
        return folder;
    }

    /** The CA certificate that issues certificates for a key kind. */
    public X509Certificate caCertificate(CardKey kind) {
        return caCertificates.get(kind);
    }

    /** The administrator key that may reset PINs of the cards this PKI issued. */
    public PrivateKey adminKey() {
        return adminKeys.getPrivate();
    }

    /**
     * Issues a virtual card: two RSA-2048 key pairs, an authentication certificate with nothing
     * personal, a signing certificate with the resident's facts in its SubjectAltName, the files
     * of 券面事項入力補助AP, and the PINs. The PINs are wiped afterwards.
     *
     * @return the card file, in {@code cardFolder} as {@code <cardId>.card}
     */
    public CardFile issue(Resident resident, CardPins pins, Path cardFolder) {
        try {
            List<KeyPair> keys = newKeyPairs(2);
            KeyPair authKeys = keys.get(0);
            KeyPair signKeys = keys.get(1);
            Instant now = Instant.now();
            BigInteger authSerial = newSerial();
            BigInteger signSerial = newSerial();
            X509Certificate auth = endEntity(CardKey.AUTH, authSerial, authKeys.getPublic(), now, resident);
            X509Certificate sign = endEntity(CardKey.SIGN, signSerial, signKeys.getPublic(), now, resident);
            EnumMap<PinKind, PinRecord> records = new EnumMap<>(PinKind.class);
            for (PinKind kind : PinKind.values()) {
                records.put(kind, PinRecord.of(pins.of(kind), kind.maxTries()));
            }
            CardState state = new CardState(
                    resident.cardId(),
                    auth.getEncoded(),
                    caCertificate(CardKey.AUTH).getEncoded(),
                    authKeys.getPrivate().getEncoded(),
                    sign.getEncoded(),
                    caCertificate(CardKey.SIGN).getEncoded(),
                    signKeys.getPrivate().getEncoded(),
                    records,
                    BasicFactsFile.encodeMyNumber(resident.myNumber()),
                    BasicFactsFile.encodeFacts(resident.facts()),
                    adminKeys.getPublic().getEncoded());
            CardFile file = CardFile.create(cardFolder.resolve(resident.cardId() + CardFile.EXTENSION), state);
            updateRegister(register -> {
                String prefix = "card." + resident.cardId() + ".";
                register.setProperty(prefix + "authSerial", authSerial.toString(16));
                register.setProperty(prefix + "signSerial", signSerial.toString(16));
                register.setProperty(prefix + "issuedAt", now.toString());
            });
            return file;
        } catch (GeneralSecurityException | OperatorCreationException e) {
            throw new IllegalStateException("Cannot issue a card", e);
        } finally {
            pins.wipe();
        }
    }

    /** Revokes both certificates of a card from now on. */
    public void revoke(String cardId) {
        updateRegister(register -> {
            String prefix = "card." + cardId + ".";
            if (register.getProperty(prefix + "issuedAt") == null) {
                throw new IllegalArgumentException("No card " + cardId + " in the register");
            }
            if (register.getProperty(prefix + "revokedAt") == null) {
                register.setProperty(prefix + "revokedAt", Instant.now().toString());
            }
        });
    }

    /**
     * Puts both certificates of a card on hold (CRL reason certificateHold) from now on: the CRLs
     * published afterwards list them as revoked until {@link #release}. For tests of what a revoked
     * card does, with a demo card that other tests still need afterwards.
     */
    public void hold(String cardId) {
        updateRegister(register -> {
            String prefix = "card." + cardId + ".";
            if (register.getProperty(prefix + "issuedAt") == null) {
                throw new IllegalArgumentException("No card " + cardId + " in the register");
            }
            register.setProperty(prefix + "heldAt", Instant.now().toString());
        });
    }

    /** Takes a card's certificates off hold (see {@link #hold}); the next CRLs no longer list them. */
    public void release(String cardId) {
        updateRegister(register -> register.remove("card." + cardId + ".heldAt"));
    }

    /** The cards in the register, by card id. */
    public List<IssuedCard> cards() {
        Properties register = readRegister();
        TreeSet<String> ids = new TreeSet<>();
        for (String key : register.stringPropertyNames()) {
            if (key.startsWith("card.") && key.endsWith(".issuedAt")) {
                ids.add(key.substring(5, key.length() - ".issuedAt".length()));
            }
        }
        List<IssuedCard> cards = new ArrayList<>();
        for (String id : ids) {
            String prefix = "card." + id + ".";
            String revoked = register.getProperty(prefix + "revokedAt");
            cards.add(new IssuedCard(
                    id,
                    new BigInteger(register.getProperty(prefix + "authSerial"), 16),
                    new BigInteger(register.getProperty(prefix + "signSerial"), 16),
                    Instant.parse(register.getProperty(prefix + "issuedAt")),
                    revoked == null ? null : Instant.parse(revoked)));
        }
        return cards;
    }

    /** A new CRL of one CA, listing the revoked certificates of that kind, valid for {@code validity}. */
    public X509CRL crl(CardKey kind, Duration validity) {
        long number = nextCrlNumber(kind);
        Instant now = Instant.now();
        try {
            X509CertificateHolder issuer =
                    new X509CertificateHolder(caCertificate(kind).getEncoded());
            X509v2CRLBuilder builder = new X509v2CRLBuilder(issuer.getSubject(), Date.from(now));
            Properties held = readRegister();
            builder.setNextUpdate(Date.from(now.plus(validity)));
            for (IssuedCard card : cards()) {
                if (card.revoked()) {
                    BigInteger serial = kind == CardKey.AUTH ? card.authSerial() : card.signSerial();
                    builder.addCRLEntry(serial, Date.from(card.revokedAt()), CRLReason.cessationOfOperation);
                } else if (held.getProperty("card." + card.cardId() + ".heldAt") != null) {
                    BigInteger serial = kind == CardKey.AUTH ? card.authSerial() : card.signSerial();
                    builder.addCRLEntry(
                            serial,
                            Date.from(Instant.parse(held.getProperty("card." + card.cardId() + ".heldAt"))),
                            CRLReason.certificateHold);
                }
            }
            JcaX509ExtensionUtils utils = new JcaX509ExtensionUtils();
            builder.addExtension(
                    Extension.authorityKeyIdentifier, false, utils.createAuthorityKeyIdentifier(caCertificate(kind)));
            builder.addExtension(Extension.cRLNumber, false, new CRLNumber(BigInteger.valueOf(number)));
            X509CRLHolder holder = builder.build(signer(caKeys.get(kind).getPrivate()));
            return new JcaX509CRLConverter().getCRL(holder);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (GeneralSecurityException | OperatorCreationException e) {
            throw new IllegalStateException("Cannot build the CRL", e);
        }
    }

    /**
     * Writes the CRLs of both CAs (DER) into a folder as {@code auth-ca.crl} and {@code sign-ca.crl}.
     *
     * @return the written files
     */
    public List<Path> publishCrls(Path outFolder, Duration validity) {
        List<Path> written = new ArrayList<>();
        for (CardKey kind : CardKey.values()) {
            Path target = outFolder.resolve(caName(kind) + ".crl");
            try {
                byte[] der = crl(kind, validity).getEncoded();
                AtomicFiles.locked(target, () -> {
                    AtomicFiles.write(target, der);
                    return null;
                });
            } catch (GeneralSecurityException e) {
                throw new IllegalStateException("Cannot encode the CRL", e);
            }
            written.add(target);
        }
        return written;
    }

    /**
     * Sets a new PIN with full tries on a card this PKI issued, through the card's own commands
     * with this PKI's administrator key; the array is wiped.
     *
     * @throws jp.mynaportal.card.api.AdministratorRefusedException if another PKI issued the card
     */
    public void resetPin(CardFile card, PinKind kind, char[] newPin) {
        try (CardLink link = VirtualReaderTransport.link("PKI administration", new VirtualJpkiCard(card))) {
            new JpkiCardClient(link).resetPin(kind, newPin, CardAdministrator.withKey(adminKey()));
        }
    }

    private X509Certificate endEntity(CardKey kind, BigInteger serial, PublicKey key, Instant now, Resident resident)
            throws GeneralSecurityException, OperatorCreationException {
        X509Certificate ca = caCertificate(kind);
        X500Name subject =
                new X500Name("C=JP,CN=" + HexFormat.of().withUpperCase().formatHex(randomBytes(10)));
        X509v3CertificateBuilder builder = new JcaX509v3CertificateBuilder(
                ca,
                serial,
                Date.from(now.minus(Duration.ofMinutes(5))),
                Date.from(JpkiCertificateProfile.notAfter(resident.facts().birthDate(), now)),
                subject,
                key);
        JcaX509ExtensionUtils utils = new JcaX509ExtensionUtils();
        try {
            builder.addExtension(Extension.basicConstraints, true, new BasicConstraints(false));
            builder.addExtension(Extension.keyUsage, true, JpkiCertificateProfile.keyUsage(kind));
            builder.addExtension(Extension.certificatePolicies, false, JpkiCertificateProfile.policies(kind));
            builder.addExtension(Extension.subjectKeyIdentifier, false, utils.createSubjectKeyIdentifier(key));
            builder.addExtension(Extension.authorityKeyIdentifier, false, utils.createAuthorityKeyIdentifier(ca));
            builder.addExtension(
                    Extension.cRLDistributionPoints,
                    false,
                    JpkiCertificateProfile.crlDistributionPoint(
                            X500Name.getInstance(ca.getSubjectX500Principal().getEncoded())));
            if (kind == CardKey.AUTH) {
                builder.addExtension(
                        Extension.extendedKeyUsage, false, new ExtendedKeyUsage(KeyPurposeId.id_kp_clientAuth));
            } else {
                builder.addExtension(Extension.subjectAlternativeName, false, JpkiSubjectAltName.of(resident.facts()));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return certificate(builder.build(signer(caKeys.get(kind).getPrivate())));
    }

    private static DevelopmentPki create(Path dir) {
        try {
            List<KeyPair> made = newKeyPairs(1 + CardKey.values().length);
            DevelopmentPki pki = new DevelopmentPki(dir, made.get(0));
            for (CardKey kind : CardKey.values()) {
                KeyPair keys = made.get(1 + kind.ordinal());
                pki.caKeys.put(kind, keys);
                pki.caCertificates.put(kind, selfSigned(kind, keys));
                writePem(dir.resolve(caName(kind) + ".key"), keys.getPrivate());
                writePem(dir.resolve(caName(kind) + ".crt"), pki.caCertificates.get(kind));
            }
            writePem(dir.resolve("admin.pub"), pki.adminKeys.getPublic());
            writePem(dir.resolve("admin.key"), pki.adminKeys.getPrivate());
            return pki;
        } catch (GeneralSecurityException | OperatorCreationException e) {
            throw new IllegalStateException("Cannot create the development PKI", e);
        }
    }

    private static DevelopmentPki load(Path dir) {
        try {
            JcaPEMKeyConverter keys = new JcaPEMKeyConverter();
            KeyPair admin = new KeyPair(
                    keys.getPublicKey((SubjectPublicKeyInfo) readPem(dir.resolve("admin.pub"))),
                    keys.getPrivateKey((PrivateKeyInfo) readPem(dir.resolve("admin.key"))));
            DevelopmentPki pki = new DevelopmentPki(dir, admin);
            for (CardKey kind : CardKey.values()) {
                X509Certificate cert = certificate((X509CertificateHolder) readPem(dir.resolve(caName(kind) + ".crt")));
                PrivateKey key = keys.getPrivateKey((PrivateKeyInfo) readPem(dir.resolve(caName(kind) + ".key")));
                pki.caCertificates.put(kind, cert);
                pki.caKeys.put(kind, new KeyPair(cert.getPublicKey(), key));
            }
            return pki;
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the development PKI in " + dir, e);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("Cannot read the development PKI in " + dir, e);
        }
    }

    private static X509Certificate selfSigned(CardKey kind, KeyPair keys)
            throws GeneralSecurityException, OperatorCreationException {
        String purpose = kind == CardKey.AUTH ? "JPKI for user authentication" : "JPKI for digital signature";
        X500Name name = new X500Name("C=JP,O=JPKI,OU=" + purpose + ",OU=Mynaportal development PKI");
        Instant now = Instant.now();
        X509v3CertificateBuilder builder = new JcaX509v3CertificateBuilder(
                name,
                newSerial(),
                Date.from(now.minus(Duration.ofHours(1))),
                Date.from(now.plus(CA_VALIDITY)),
                name,
                keys.getPublic());
        JcaX509ExtensionUtils utils = new JcaX509ExtensionUtils();
        try {
            builder.addExtension(Extension.basicConstraints, true, new BasicConstraints(0));
            builder.addExtension(Extension.keyUsage, true, new KeyUsage(KeyUsage.keyCertSign | KeyUsage.cRLSign));
            builder.addExtension(
                    Extension.subjectKeyIdentifier, false, utils.createSubjectKeyIdentifier(keys.getPublic()));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return certificate(builder.build(signer(keys.getPrivate())));
    }

    private long nextCrlNumber(CardKey kind) {
        long[] number = new long[1];
        updateRegister(register -> {
            String key = "crl." + kind.name().toLowerCase(Locale.ROOT) + ".number";
            number[0] = Long.parseLong(register.getProperty(key, "0")) + 1;
            register.setProperty(key, Long.toString(number[0]));
        });
        return number[0];
    }

    private interface RegisterChange {
        void apply(Properties register);
    }

    private void updateRegister(RegisterChange change) {
        Path file = folder.resolve("register.properties");
        AtomicFiles.locked(file, () -> {
            Properties register = readRegister();
            change.apply(register);
            StringBuilder out = new StringBuilder();
            new TreeSet<>(register.stringPropertyNames())
                    .forEach(key -> out.append(key)
                            .append('=')
                            .append(register.getProperty(key))
                            .append('\n'));
            AtomicFiles.write(file, out.toString().getBytes(StandardCharsets.UTF_8));
            return null;
        });
    }

    private Properties readRegister() {
        Path file = folder.resolve("register.properties");
        Properties register = new Properties();
        if (Files.exists(file)) {
            try {
                register.load(new StringReader(Files.readString(file, StandardCharsets.UTF_8)));
            } catch (IOException e) {
                throw new UncheckedIOException("Cannot read " + file, e);
            }
        }
        return register;
    }

    private static String caName(CardKey kind) {
        return kind == CardKey.AUTH ? "auth-ca" : "sign-ca";
    }

    private static ContentSigner signer(PrivateKey key) throws OperatorCreationException {
        return new JcaContentSignerBuilder(SIGNATURE_ALGORITHM).build(key);
    }

    private static X509Certificate certificate(X509CertificateHolder holder) throws GeneralSecurityException {
        return new JcaX509CertificateConverter().getCertificate(holder);
    }

    /**
     * {@code count} RSA-2048 key pairs made side by side: each takes a core for a few hundred
     * milliseconds (a first start of the demo makes 13 of them).
     */
    private static List<KeyPair> newKeyPairs(int count) throws GeneralSecurityException {
        List<CompletableFuture<KeyPair>> others = new ArrayList<>();
        for (int i = 1; i < count; i++) {
            others.add(CompletableFuture.supplyAsync(() -> {
                try {
                    return newKeyPair();
                } catch (GeneralSecurityException e) {
                    throw new CompletionException(e);
                }
            }));
        }
        List<KeyPair> pairs = new ArrayList<>(count);
        pairs.add(newKeyPair());
        for (CompletableFuture<KeyPair> other : others) {
            try {
                pairs.add(other.join());
            } catch (CompletionException e) {
                if (e.getCause() instanceof GeneralSecurityException cause) {
                    throw cause;
                }
                throw e;
            }
        }
        return pairs;
    }

    private static KeyPair newKeyPair() throws GeneralSecurityException {
        KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
        generator.initialize(2048, RANDOM);
        return generator.generateKeyPair();
    }

    private static BigInteger newSerial() {
        return new BigInteger(1, randomBytes(16));
    }

    private static byte[] randomBytes(int count) {
        byte[] bytes = new byte[count];
        RANDOM.nextBytes(bytes);
        return bytes;
    }

    private static void writePem(Path file, Object object) {
        StringWriter text = new StringWriter();
        try (JcaPEMWriter pem = new JcaPEMWriter(text)) {
            if (object instanceof PrivateKey key) {
                pem.writeObject(new JcaPKCS8Generator(key, null));
            } else {
                pem.writeObject(object);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        AtomicFiles.write(file, text.toString().getBytes(StandardCharsets.US_ASCII));
    }

    private static Object readPem(Path file) throws IOException {
        try (PEMParser parser = new PEMParser(Files.newBufferedReader(file, StandardCharsets.US_ASCII))) {
            return parser.readObject();
        }
    }
}
