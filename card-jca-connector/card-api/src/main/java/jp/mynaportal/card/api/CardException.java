package jp.mynaportal.card.api;

/** A card operation failed; the message never contains a PIN. */
public class CardException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public CardException(String message) {
        super(message);
    }

    public CardException(String message, Throwable cause) {
        super(message, cause);
    }
}
