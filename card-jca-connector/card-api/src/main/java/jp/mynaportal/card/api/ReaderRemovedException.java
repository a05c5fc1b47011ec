package jp.mynaportal.card.api;

/** The card reader itself went away (unplugged, or its card file's reader removed). */
public class ReaderRemovedException extends CardRemovedException {

    private static final long serialVersionUID = 1L;

    public ReaderRemovedException(String message, Throwable cause) {
        super(message, cause);
    }
}
