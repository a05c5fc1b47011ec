package jp.mynaportal.auth.token;

import java.util.Optional;

/** The signature algorithms a token may name (JWS names), with their Java names. RSA keys only, as on the card. */
public enum SignatureAlgorithm {
    RS256("SHA256withRSA"),
    RS384("SHA384withRSA"),
    RS512("SHA512withRSA");

    private final String javaName;

    SignatureAlgorithm(String javaName) {
        this.javaName = javaName;
    }

    public String javaName() {
        return javaName;
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
