package jp.mynaportal.pittari;

import jakarta.ejb.ApplicationException;
import java.util.Locale;

/**
 * A search input the resident can correct: the reason names the message to show beside the field.
 * Carries no user input, so that it can be logged safely.
 */
@ApplicationException(rollback = false)
public class PittariSearchException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    /** Why the search was refused; each has a message key {@code pittari.error.<name>}. */
    public enum Reason {
        MUNICIPALITY_UNKNOWN,
        KEYWORD_EMPTY,
        KEYWORD_TOO_LONG,
        PROCEDURE_UNKNOWN,
        COMPARISON_SIZE,
        COMPARISON_DUPLICATE;

        /** The message-bundle key of this reason. */
        public String messageKey() {
            return "pittari.error." + name().toLowerCase(Locale.ROOT);
        }
    }

    private final Reason reason;

    public PittariSearchException(Reason reason) {
        super(reason.name());
        this.reason = reason;
    }

    public Reason reason() {
        return reason;
    }
}
