package jp.mynaportal.card.api;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.cert.X509Certificate;
import java.util.Base64;
import java.util.List;

/**
 * A Web eID authentication token: the authentication certificate and an RSASSA-PKCS1-v1_5
 * signature (RS256, RS384 or RS512: the Web eID algorithms a JPKI card can make) over
 * {@code H(origin) ‖ H(challenge)}, H the algorithm's hash, signed by the card after its PIN was
 * verified.
 * What a client that holds the card (the card tool, a phone app, the load and API tests) sends to
 * {@code /api/auth/token}.
 */
public final class WebEidToken {

    public static final String FORMAT = "web-eid:1.0";
    public static final String ALGORITHM = "RS256";
    /** The algorithms a card makes, by JWS name. */
    public static final List<String> ALGORITHMS = List.of("RS256", "RS384", "RS512");

    private WebEidToken() {}

    /** An RS256 token as JSON; the session must have the authentication PIN verified. */
    public static String create(CardSession session, String origin, String challenge) throws GeneralSecurityException {
        return create(session, origin, challenge, ALGORITHM);
    }

    /** A token of one of {@link #ALGORITHMS} as JSON; the session must have the authentication PIN verified. */
    public static String create(CardSession session, String origin, String challenge, String algorithm)
            throws GeneralSecurityException {
        String hash = hashName(algorithm);
        byte[] signed = signedData(hash, origin, challenge);
        byte[] digest = MessageDigest.getInstance(hash).digest(signed);
        byte[] signature = session.sign(CardKey.AUTH, hash, digest);
        X509Certificate certificate = session.readCertificate(CertificateKind.AUTH);
        Base64.Encoder base64 = Base64.getEncoder();
        return "{\"format\":\"" + FORMAT + "\","
                + "\"unverifiedCertificate\":\"" + base64.encodeToString(certificate.getEncoded()) + "\","
                + "\"algorithm\":\"" + algorithm + "\","
                + "\"signature\":\"" + base64.encodeToString(signature) + "\"}";
    }

    /** What an RS256 signature covers: SHA-256 of the origin, then SHA-256 of the challenge. */
    public static byte[] signedData(String origin, String challenge) throws GeneralSecurityException {
        return signedData("SHA-256", origin, challenge);
    }

    /** The hash of an algorithm of {@link #ALGORITHMS}: {@code SHA-384} for {@code RS384}. */
    public static String hashName(String algorithm) {
        if (!ALGORITHMS.contains(algorithm)) {
            throw new IllegalArgumentException("A card signs with " + ALGORITHMS + ", not " + algorithm);
        }
        return "SHA-" + algorithm.substring(2);
    }

    private static byte[] signedData(String hash, String origin, String challenge) throws GeneralSecurityException {
        byte[] originHash = MessageDigest.getInstance(hash).digest(origin.getBytes(StandardCharsets.UTF_8));
        byte[] challengeHash = MessageDigest.getInstance(hash).digest(challenge.getBytes(StandardCharsets.UTF_8));
        byte[] data = new byte[originHash.length + challengeHash.length];
        System.arraycopy(originHash, 0, data, 0, originHash.length);
        System.arraycopy(challengeHash, 0, data, originHash.length, challengeHash.length);
        return data;
    }
}
