package jp.mynaportal.card.api;

import java.security.GeneralSecurityException;
import java.security.PrivateKey;
import java.security.Signature;
import java.util.Objects;

/**
 * The credential of a municipal counter that a card accepts for its administrative commands
 * (resetting a PIN): the card sends a fresh challenge and the administrator answers it.
 */
@FunctionalInterface
public interface CardAdministrator {

    /** The answer to a card's challenge: a signature the card checks with its administrator key. */
    byte[] answer(byte[] challenge);

    /** An administrator that answers with a SHA256withRSA signature by a private key. */
    static CardAdministrator withKey(PrivateKey key) {
        Objects.requireNonNull(key, "key");
        return challenge -> {
            try {
                Signature signer = Signature.getInstance("SHA256withRSA");
                signer.initSign(key);
                signer.update(challenge);
                return signer.sign();
            } catch (GeneralSecurityException e) {
                throw new CardException("The administrator key cannot sign", e);
            }
        };
    }
}
