package jp.mynaportal.card.api;

/** The private keys on a JPKI card, both RSA-2048. */
public enum CardKey {
    /** The key of the authentication certificate; unlocked by {@link PinKind#AUTH}. */
    AUTH(PinKind.AUTH),
    /** The key of the signing certificate; unlocked by {@link PinKind#SIGN}. */
    SIGN(PinKind.SIGN);

    private final PinKind pin;

    CardKey(PinKind pin) {
        this.pin = pin;
    }

    /** The PIN that unlocks this key. */
    public PinKind pin() {
        return pin;
    }
}
