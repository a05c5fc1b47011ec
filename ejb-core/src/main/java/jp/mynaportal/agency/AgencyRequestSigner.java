package jp.mynaportal.agency;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JOSEObjectType;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.JWSSigner;
import com.nimbusds.jose.crypto.ECDSASigner;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.PrivateKey;
import java.security.cert.CertificateEncodingException;
import java.security.cert.CertificateFactory;
import java.security.cert.X509Certificate;
import java.security.interfaces.ECPrivateKey;
import java.security.spec.PKCS8EncodedKeySpec;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Date;
import java.util.HexFormat;
import java.util.Objects;
import java.util.UUID;

/**
 * Signs agency API requests as {@link AgencyAuthenticationService} checks them: what the {@code
 * bin/agency} command, the tests and an agency's own client send in {@code Authorization: Agency
 * <jws>}. An agency's folder holds {@value #KEY_FILE} (its PKCS#8 private key, PEM) and {@value
 * #CERTIFICATE_FILE} (the registered certificate, PEM).
 */
public final class AgencyRequestSigner {

    /** The authorization scheme of a signed agency request. */
    public static final String SCHEME = "Agency";

    /** The JWS type of a signed agency request. */
    public static final JOSEObjectType TYPE = new JOSEObjectType("agency-request+jwt");

    /** The longest lifetime (exp − iat) the portal accepts. */
    public static final Duration MAX_LIFETIME = Duration.ofMinutes(5);

    public static final String KEY_FILE = "signing-key.pem";
    public static final String CERTIFICATE_FILE = "certificate.pem";

    private final String agencyCode;
    private final PrivateKey key;
    private final String keyId;

    public AgencyRequestSigner(String agencyCode, PrivateKey key, X509Certificate certificate) {
        this(agencyCode, key, thumbprint(certificate));
    }

    /** A signer that names the key id itself (a test's forgery names another agency's key). */
    public AgencyRequestSigner(String agencyCode, PrivateKey key, String keyId) {
        this.agencyCode = Objects.requireNonNull(agencyCode, "agencyCode");
        this.key = Objects.requireNonNull(key, "key");
        this.keyId = Objects.requireNonNull(keyId, "keyId");
    }

    /** The signer of an agency whose key and certificate are in the folder. */
    public static AgencyRequestSigner fromFolder(String agencyCode, Path folder) {
        try {
            X509Certificate certificate;
            try (InputStream in = Files.newInputStream(folder.resolve(CERTIFICATE_FILE))) {
                certificate = (X509Certificate)
                        CertificateFactory.getInstance("X.509").generateCertificate(in);
            }
            byte[] pkcs8 = pem(Files.readString(folder.resolve(KEY_FILE)), "PRIVATE KEY");
            String algorithm = certificate.getPublicKey().getAlgorithm();
            PrivateKey key = KeyFactory.getInstance(algorithm).generatePrivate(new PKCS8EncodedKeySpec(pkcs8));
            return new AgencyRequestSigner(agencyCode, key, certificate);
        } catch (IOException | GeneralSecurityException e) {
            throw new IllegalStateException("Cannot read the signing key of " + agencyCode + " in " + folder, e);
        }
    }

    /** A signature valid for one minute from now, with a fresh single-use id. */
    public String sign(String method, String target, byte[] body) {
        Instant now = Instant.now();
        return sign(
                method,
                target,
                body,
                now,
                now.plus(Duration.ofMinutes(1)),
                UUID.randomUUID().toString());
    }

    /** A signature with the given times and single-use id (tests make expired and replayed ones). */
    public String sign(String method, String target, byte[] body, Instant issuedAt, Instant expiresAt, String jti) {
        JWTClaimsSet claims = new JWTClaimsSet.Builder()
                .issuer(agencyCode)
                .claim("htm", method)
                .claim("htu", target)
                .claim("bsha", bodySha256(body))
                .issueTime(Date.from(issuedAt))
                .expirationTime(Date.from(expiresAt))
                .jwtID(jti)
                .build();
        boolean ec = key instanceof ECPrivateKey;
        JWSHeader header = new JWSHeader.Builder(ec ? JWSAlgorithm.ES256 : JWSAlgorithm.RS256)
                .type(TYPE)
                .keyID(keyId)
                .build();
        SignedJWT jwt = new SignedJWT(header, claims);
        try {
            JWSSigner signer = ec ? new ECDSASigner((ECPrivateKey) key) : new RSASSASigner(key);
            jwt.sign(signer);
        } catch (JOSEException e) {
            throw new IllegalStateException("Cannot sign the request", e);
        }
        return jwt.serialize();
    }

    /** The {@code bsha} claim of a body: its SHA-256, base64url without padding (an empty body too). */
    public static String bodySha256(byte[] body) {
        return Base64.getUrlEncoder().withoutPadding().encodeToString(sha256(body == null ? new byte[0] : body));
    }

    /** The key id of a certificate: the SHA-256 of its DER encoding, lower-case hex. */
    public static String thumbprint(X509Certificate certificate) {
        try {
            return HexFormat.of().formatHex(sha256(certificate.getEncoded()));
        } catch (CertificateEncodingException e) {
            throw new IllegalArgumentException("Unreadable certificate", e);
        }
    }

    private static byte[] sha256(byte[] bytes) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(bytes);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static byte[] pem(String text, String type) {
        String begin = "-----BEGIN " + type + "-----";
        String end = "-----END " + type + "-----";
        int from = text.indexOf(begin);
        int to = text.indexOf(end);
        if (from < 0 || to < from) {
            throw new IllegalArgumentException("No " + type + " in PEM text");
        }
        return Base64.getMimeDecoder().decode(text.substring(from + begin.length(), to));
    }
}
