package jp.mynaportal.card.api;

/** The card refused an operation because the PIN it needs was not verified (status 69 82). */
public class PinRequiredException extends CardException {

    private static final long serialVersionUID = 1L;

    private final PinKind pin;

    public PinRequiredException(PinKind pin) {
        super("The card needs the " + pin + " PIN verified first");
        this.pin = pin;
    }

    public PinKind pin() {
        return pin;
    }
}
