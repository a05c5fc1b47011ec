package jp.mynaportal.insurance;

import java.time.Instant;
import java.util.Locale;

/**
 * A step of 健康保険証利用申込 or of its insurer's side that cannot be done; the reason names the
 * message. Rolls the transaction back (a second registration racing the first leaves nothing).
 */
@jakarta.ejb.ApplicationException(rollback = true)
public class InsuranceException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    /** Why; each has a message key {@code insurance.error.<name>}. */
    public enum Reason {
        /** The resident has no health insurance the portal knows of. */
        NOT_INSURED,
        /** The resident applied already; the insurer has not confirmed yet ({@link #since()}). */
        ALREADY_APPLIED,
        /** The card is registered as 健康保険証 already ({@link #since()}). */
        ALREADY_REGISTERED,
        /** No such registration for this insurer. */
        NOT_FOUND;

        public String messageKey() {
            return "insurance.error." + name().toLowerCase(Locale.ROOT);
        }
    }

    private final Reason reason;
    private final Instant since;

    public InsuranceException(Reason reason) {
        this(reason, null);
    }

    public InsuranceException(Reason reason, Instant since) {
        super(reason.name());
        this.reason = reason;
        this.since = since;
    }

    public Reason reason() {
        return reason;
    }

    /** Since when the registration exists, for ALREADY_APPLIED and ALREADY_REGISTERED. */
    public Instant since() {
        return since;
    }
}
