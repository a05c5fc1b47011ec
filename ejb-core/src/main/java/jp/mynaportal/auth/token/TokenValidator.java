package jp.mynaportal.auth.token;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.Signature;
import java.security.cert.CertificateException;
import java.security.cert.CertificateFactory;
import java.security.cert.CertificateParsingException;
import java.security.cert.X509Certificate;
import java.util.Base64;
import java.util.List;
import java.util.Objects;
import jp.mynaportal.auth.LoginFailedException;
import jp.mynaportal.auth.LoginOutcome;

/**
 * Validates a Web eID authentication token against the origin and the challenge it must be bound
 * to: format, algorithm, the certificate's purpose (client authentication), the certificate (via
 * {@link CertificateValidator}) and the signature over {@code H(origin) ‖ H(challenge)}, where H is
 * the hash of the token's algorithm. The challenge's own single use and expiry are checked by the
 * caller, which owns the challenge store.
 */
public final class TokenValidator {

    /** The formats accepted: Web eID 1.x. */
    static final String FORMAT_PREFIX = "web-eid:1";

    private static final String CLIENT_AUTHENTICATION = "1.3.6.1.5.5.7.3.2";

    private final CertificateValidator certificates;

    public TokenValidator(CertificateValidator certificates) {
        this.certificates = Objects.requireNonNull(certificates, "certificates");
    }

    /** The checks of the certificate alone (validity, path, CRL), as a login makes them. */
    public CertificateValidator certificates() {
        return certificates;
    }

    /**
     * @return the validated authentication certificate
     * @throws LoginFailedException with the reason when anything does not hold
     */
    public X509Certificate validate(AuthToken token, String origin, String challenge) {
        if (token.format() == null
                || !(token.format().equals(FORMAT_PREFIX) || token.format().startsWith(FORMAT_PREFIX + "."))) {
            throw new LoginFailedException(LoginOutcome.TOKEN_FORMAT_UNKNOWN, "format " + token.format());
        }
        SignatureAlgorithm algorithm = SignatureAlgorithm.ofJwsName(token.algorithm())
                .orElseThrow(() ->
                        new LoginFailedException(LoginOutcome.ALGORITHM_UNSUPPORTED, "algorithm " + token.algorithm()));
        X509Certificate certificate = certificate(token.unverifiedCertificate());
        requireClientAuthentication(certificate);
        certificates.validate(certificate);
        verifySignature(certificate, algorithm, token.signature(), origin, challenge);
        return certificate;
    }

    /** What an RS256 token signs: SHA-256 of the origin, then SHA-256 of the challenge. */
    public static byte[] signedData(String origin, String challenge) {
        return signedData(SignatureAlgorithm.RS256, origin, challenge);
    }

    /** What a token of an algorithm signs: the algorithm's hash of the origin, then of the challenge. */
    public static byte[] signedData(SignatureAlgorithm algorithm, String origin, String challenge) {
        try {
            MessageDigest hash = MessageDigest.getInstance(algorithm.hashName());
            byte[] originHash = hash.digest(origin.getBytes(StandardCharsets.UTF_8));
            byte[] challengeHash = hash.digest(challenge.getBytes(StandardCharsets.UTF_8));
            byte[] data = new byte[originHash.length + challengeHash.length];
            System.arraycopy(originHash, 0, data, 0, originHash.length);
            System.arraycopy(challengeHash, 0, data, originHash.length, challengeHash.length);
            return data;
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(algorithm.hashName() + " is not available", e);
        }
    }

    /**
     * A login certificate must name client authentication among its extended key usages (the
     * JPKI authentication certificate does; a signing certificate names none).
     */
    private static void requireClientAuthentication(X509Certificate certificate) {
        List<String> usages;
        try {
            usages = certificate.getExtendedKeyUsage();
        } catch (CertificateParsingException e) {
            throw new LoginFailedException(LoginOutcome.CERTIFICATE_UNREADABLE, "extended key usage cannot be read", e);
        }
        if (usages == null || !usages.contains(CLIENT_AUTHENTICATION)) {
            throw new LoginFailedException(
                    LoginOutcome.CERTIFICATE_WRONG_KEY_USAGE, "no clientAuth extended key usage");
        }
    }

    static X509Certificate certificate(String base64) {
        if (base64 == null || base64.isBlank()) {
            throw new LoginFailedException(LoginOutcome.CERTIFICATE_MISSING, "no certificate");
        }
        byte[] der;
        try {
            der = Base64.getDecoder().decode(base64);
        } catch (IllegalArgumentException e) {
            throw new LoginFailedException(LoginOutcome.CERTIFICATE_UNREADABLE, "certificate is not base64", e);
        }
        try {
            return (X509Certificate)
                    CertificateFactory.getInstance("X.509").generateCertificate(new ByteArrayInputStream(der));
        } catch (CertificateException | ClassCastException e) {
            throw new LoginFailedException(LoginOutcome.CERTIFICATE_UNREADABLE, "not an X.509 certificate", e);
        }
    }

    private static void verifySignature(
            X509Certificate certificate,
            SignatureAlgorithm algorithm,
            String signature,
            String origin,
            String challenge) {
        byte[] signatureBytes;
        try {
            signatureBytes = Base64.getDecoder().decode(signature == null ? "" : signature);
        } catch (IllegalArgumentException e) {
            throw new LoginFailedException(LoginOutcome.SIGNATURE_INVALID, "signature is not base64", e);
        }
        boolean valid;
        try {
            Signature verifier = Signature.getInstance(algorithm.javaName());
            verifier.initVerify(certificate.getPublicKey());
            verifier.update(signedData(algorithm, origin, challenge));
            valid = signatureBytes.length > 0 && verifier.verify(signatureBytes);
        } catch (GeneralSecurityException e) {
            throw new LoginFailedException(LoginOutcome.SIGNATURE_INVALID, "signature cannot be verified", e);
        }
        if (!valid) {
            throw new LoginFailedException(
                    LoginOutcome.SIGNATURE_INVALID, "signature does not match origin and challenge");
        }
    }
}
