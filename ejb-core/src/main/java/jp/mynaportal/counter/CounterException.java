package jp.mynaportal.counter;

import jakarta.ejb.ApplicationException;

/** Counter help refused; {@link #reason()} names the message. */
@ApplicationException(rollback = true)
public class CounterException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    /** Why the counter cannot help. */
    public enum Reason {
        NOT_STAFF,
        OTHER_MUNICIPALITY,
        NO_CARD,
        UNKNOWN_CARD,
        PIN_FORMAT,
        /** The two entries of the new password differ. */
        PIN_MISMATCH,
        /** The resident's entry is unknown, used, expired or another staff member's. */
        ENTRY_EXPIRED,
        /** The card in the reader is no longer the one the entry was started for. */
        CARD_CHANGED,
        NOT_RESETTABLE;

        public String messageKey() {
            return "counter.error." + name();
        }
    }

    private final Reason reason;

    public CounterException(Reason reason) {
        super(reason.name());
        this.reason = reason;
    }

    public Reason reason() {
        return reason;
    }
}
