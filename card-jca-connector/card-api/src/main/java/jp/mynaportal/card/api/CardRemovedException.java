package jp.mynaportal.card.api;

/** The card left the reader (or the reader went away) during an operation. */
public class CardRemovedException extends CardException {

    private static final long serialVersionUID = 1L;

    public CardRemovedException(String message, Throwable cause) {
        super(message, cause);
    }
}
