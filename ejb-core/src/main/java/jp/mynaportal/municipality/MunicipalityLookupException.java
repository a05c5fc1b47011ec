package jp.mynaportal.municipality;

import jakarta.ejb.ApplicationException;

/**
 * A lookup the resident can correct: the reason names the message to show beside the field.
 * Carries no user input, so that it can be logged safely.
 */
@ApplicationException(rollback = false)
public class MunicipalityLookupException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    /** Why the lookup found nothing; each has a message key {@code municipality.error.<name>}. */
    public enum Reason {
        POSTAL_CODE_FORMAT,
        POSTAL_CODE_UNKNOWN,
        POSTAL_CODE_WITHOUT_MUNICIPALITY,
        NAME_EMPTY,
        NAME_NOT_FOUND,
        MUNICIPALITY_UNKNOWN;

        /** The message-bundle key of this reason. */
        public String messageKey() {
            return "municipality.error." + name().toLowerCase(java.util.Locale.ROOT);
        }
    }

    private final Reason reason;

    public MunicipalityLookupException(Reason reason) {
        super(reason.name());
        this.reason = reason;
    }

    public Reason reason() {
        return reason;
    }
}
