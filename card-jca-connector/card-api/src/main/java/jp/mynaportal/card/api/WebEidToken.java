package jp.mynaportal.card.api;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.cert.X509Certificate;
import java.util.Base64;

/**
 * A Web eID authentication token: the authentication certificate and an RS256 signature over
 * {@code SHA-256(origin) ‖ SHA-256(challenge)}, signed by the card after its PIN was verified.
 * What a client that holds the card (the card tool, a phone app, the load and API tests) sends to
 * {@code /api/auth/token}.
 */
public final class WebEidToken {

    public static final String FORMAT = "web-eid:1.0";
    public static final String ALGORITHM = "RS256";

    private WebEidToken() {}

    /** The token as JSON; the session must have the authentication PIN verified. */
    public static String create(CardSession session, String origin, String challenge) throws GeneralSecurityException {
        byte[] signed = signedData(origin, challenge);
        byte[] digest = MessageDigest.getInstance("SHA-256").digest(signed);
        byte[] signature = session.sign(CardKey.AUTH, "SHA-256", digest);
        X509Certificate certificate = session.readCertificate(CertificateKind.AUTH);
        Base64.Encoder base64 = Base64.getEncoder();
        return "{\"format\":\"" + FORMAT + "\","
                + "\"unverifiedCertificate\":\"" + base64.encodeToString(certificate.getEncoded()) + "\","
                + "\"algorithm\":\"" + ALGORITHM + "\","
                + "\"signature\":\"" + base64.encodeToString(signature) + "\"}";
    }

    /** What the signature covers: SHA-256 of the origin, then SHA-256 of the challenge. */
    public static byte[] signedData(String origin, String challenge) throws GeneralSecurityException {
        byte[] originHash = MessageDigest.getInstance("SHA-256").digest(origin.getBytes(StandardCharsets.UTF_8));
        byte[] challengeHash = MessageDigest.getInstance("SHA-256").digest(challenge.getBytes(StandardCharsets.UTF_8));
        byte[] data = new byte[originHash.length + challengeHash.length];
        System.arraycopy(originHash, 0, data, 0, originHash.length);
        System.arraycopy(challengeHash, 0, data, originHash.length, challengeHash.length);
        return data;
    }
}
