package jp.mynaportal.card.devpki;

import java.util.Arrays;
import jp.mynaportal.card.api.PinKind;

/**
 * The three PINs a new card starts with; {@link #wipe()} clears them once the card is written.
 *
 * @param auth 4 digits
 * @param sign 6 to 16 upper-case letters and digits
 * @param basicFacts 4 digits
 */
public record CardPins(char[] auth, char[] sign, char[] basicFacts) {

    public CardPins {
        require(PinKind.AUTH, auth);
        require(PinKind.SIGN, sign);
        require(PinKind.BASIC_FACTS, basicFacts);
    }

    public char[] of(PinKind kind) {
        return switch (kind) {
            case AUTH -> auth;
            case SIGN -> sign;
            case BASIC_FACTS -> basicFacts;
        };
    }

    public void wipe() {
        Arrays.fill(auth, '\0');
        Arrays.fill(sign, '\0');
        Arrays.fill(basicFacts, '\0');
    }

    @Override
    public String toString() {
        return "CardPins[hidden]";
    }

    @Override
    public boolean equals(Object other) {
        return this == other;
    }

    @Override
    public int hashCode() {
        return System.identityHashCode(this);
    }

    private static void require(PinKind kind, char[] pin) {
        if (!kind.hasFormat(pin)) {
            throw new IllegalArgumentException("The " + kind + " PIN does not have the required format");
        }
    }
}
