package jp.mynaportal.application.signature;

import java.util.Objects;
import jp.mynaportal.card.api.CardKey;
import jp.mynaportal.card.api.CardSession;

/**
 * The private-key operation of a signature: turns a SHA-256 digest into an RSA PKCS#1 v1.5
 * signature, so that the key itself never has to leave where it lives.
 */
@FunctionalInterface
public interface DigestSigner {

    /**
     * Signs a digest.
     *
     * @param sha256 the 32-byte SHA-256 digest of the data to sign
     * @return the RSA PKCS#1 v1.5 signature (SHA-256 DigestInfo)
     */
    byte[] sign(byte[] sha256);

    /**
     * The signing key of the card in a session; the session's signing password must have been
     * verified before the signature is made, or {@link jp.mynaportal.card.api.PinRequiredException}
     * is thrown then.
     */
    static DigestSigner signingKeyOf(CardSession session) {
        Objects.requireNonNull(session, "session");
        return sha256 -> session.sign(CardKey.SIGN, "SHA-256", sha256);
    }
}
