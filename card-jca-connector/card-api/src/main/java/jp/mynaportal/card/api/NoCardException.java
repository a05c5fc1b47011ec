package jp.mynaportal.card.api;

/** The reader holds no My Number card. */
public class NoCardException extends CardException {

    private static final long serialVersionUID = 1L;

    public NoCardException(String message) {
        super(message);
    }
}
