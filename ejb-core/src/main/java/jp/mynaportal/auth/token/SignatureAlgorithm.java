package jp.mynaportal.auth.token;

import java.util.Optional;

/**
 * The signature algorithms of the Web eID token format that a JPKI card can make (RSASSA-PKCS1-v1_5
 * with RSA-2048 keys; the card makes neither ECDSA nor PSS), with their Java names and the hash
 * that each applies to origin and challenge.
 */
public enum SignatureAlgorithm {
    RS256("SHA256withRSA", "SHA-256"),
    RS384("SHA384withRSA", "SHA-384"),
    RS512("SHA512withRSA", "SHA-512");

    private final String javaName;
    private final String hashName;

    SignatureAlgorithm(String javaName, String hashName) {
        this.javaName = javaName;
        this.hashName = hashName;
    }

    public String javaName() {
        return javaName;
    }

    /** The hash of origin and challenge, and of what the card signs: {@code SHA-256} and the like. */
    public String hashName() {
        return hashName;
    }

    /** The algorithm with this JWS name; empty for {@code none} and every unknown name. */
    public static Optional<SignatureAlgorithm> ofJwsName(String name) {
        for (SignatureAlgorithm algorithm : values()) {
            if (algorithm.name().equals(name)) {
                return Optional.of(algorithm);
            }
        }
        return Optional.empty();
    }
}
