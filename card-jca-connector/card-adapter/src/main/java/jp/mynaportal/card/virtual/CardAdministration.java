package jp.mynaportal.card.virtual;

import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.security.SecureRandom;
import java.security.Signature;
import java.security.spec.X509EncodedKeySpec;
import java.util.Arrays;
import jp.mynaportal.card.api.PinKind;

/**
 * What a municipal counter does to a virtual card: set a new PIN and restore its tries. Only the
 * holder of the administrator key that the card was issued with may do it; the card checks a
 * signature over a fresh challenge against the administrator public key in its file.
 */
public final class CardAdministration {

    private static final SecureRandom RANDOM = new SecureRandom();

    private CardAdministration() {}

    /**
     * Sets a new PIN with full tries. The new PIN array is wiped before this method returns.
     *
     * @throws SecurityException if the key is not the card's administrator key
     * @throws IllegalArgumentException if the new PIN lacks its kind's format
     */
    public static void resetPin(CardFile file, PinKind kind, char[] newPin, PrivateKey adminKey) {
        try {
            if (!kind.hasFormat(newPin)) {
                throw new IllegalArgumentException("The new " + kind + " PIN does not have the required format");
            }
            PinRecord record = PinRecord.of(newPin, kind.maxTries());
            file.update(state -> {
                requireAdministrator(state, adminKey);
                return new CardFile.Change<>(state.withPin(kind, record), null);
            });
        } finally {
            if (newPin != null) {
                Arrays.fill(newPin, '\0');
            }
        }
    }

    private static void requireAdministrator(CardState state, PrivateKey adminKey) {
        byte[] challenge = new byte[32];
        RANDOM.nextBytes(challenge);
        try {
            PublicKey expected =
                    KeyFactory.getInstance("RSA").generatePublic(new X509EncodedKeySpec(state.adminPublicKey()));
            Signature signer = Signature.getInstance("SHA256withRSA");
            signer.initSign(adminKey);
            signer.update(challenge);
            byte[] proof = signer.sign();
            Signature verifier = Signature.getInstance("SHA256withRSA");
            verifier.initVerify(expected);
            verifier.update(challenge);
            if (!verifier.verify(proof)) {
                throw new SecurityException("Not the administrator key of card " + state.cardId());
            }
        } catch (GeneralSecurityException e) {
            throw new SecurityException("Not the administrator key of card " + state.cardId(), e);
        }
    }
}
