package jp.mynaportal.card.virtual;

import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Arrays;
import javax.crypto.SecretKeyFactory;
import javax.crypto.spec.PBEKeySpec;

/**
 * A PIN as the card file keeps it: a salted PBKDF2 hash (never the PIN) and the tries left.
 *
 * @param salt random salt of the hash
 * @param hash PBKDF2-HMAC-SHA256 of the PIN
 * @param triesLeft tries left; 0 means blocked
 */
public record PinRecord(byte[] salt, byte[] hash, int triesLeft) {

    private static final int ITERATIONS = 10_000;
    private static final int HASH_BITS = 256;
    private static final SecureRandom RANDOM = new SecureRandom();

    public PinRecord {
        salt = salt.clone();
        hash = hash.clone();
        if (triesLeft < 0) {
            throw new IllegalArgumentException("triesLeft must not be negative");
        }
    }

    /** A record for a new PIN with full tries; the caller wipes its array. */
    public static PinRecord of(char[] pin, int tries) {
        byte[] salt = new byte[16];
        RANDOM.nextBytes(salt);
        return new PinRecord(salt, hash(pin, salt), tries);
    }

    /** Whether a candidate is this PIN; compares in constant time. */
    public boolean matches(char[] candidate) {
        return MessageDigest.isEqual(hash, hash(candidate, salt));
    }

    public boolean blocked() {
        return triesLeft == 0;
    }

    public PinRecord withTriesLeft(int tries) {
        return new PinRecord(salt, hash, tries);
    }

    @Override
    public byte[] salt() {
        return salt.clone();
    }

    @Override
    public byte[] hash() {
        return hash.clone();
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof PinRecord that
                && Arrays.equals(salt, that.salt)
                && Arrays.equals(hash, that.hash)
                && triesLeft == that.triesLeft;
    }

    @Override
    public int hashCode() {
        return 31 * (31 * Arrays.hashCode(salt) + Arrays.hashCode(hash)) + triesLeft;
    }

    @Override
    public String toString() {
        return "PinRecord[triesLeft=" + triesLeft + "]";
    }

    private static byte[] hash(char[] pin, byte[] salt) {
        PBEKeySpec spec = new PBEKeySpec(pin, salt, ITERATIONS, HASH_BITS);
        try {
            return SecretKeyFactory.getInstance("PBKDF2WithHmacSHA256")
                    .generateSecret(spec)
                    .getEncoded();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("PBKDF2WithHmacSHA256 is not available", e);
        } finally {
            spec.clearPassword();
        }
    }
}
