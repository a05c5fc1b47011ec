package jp.mynaportal.card.api;

/**
 * The card's answer to a PIN check.
 *
 * @param status ok, wrong or blocked
 * @param triesLeft the tries left after this check; 0 when blocked
 */
public record PinResult(Status status, int triesLeft) {

    /** The outcomes of a PIN check. */
    public enum Status {
        /**
         * The PIN was right and its tries are full again; for {@link CardSession#pinStatus}, the PIN
         * is not blocked and has {@link PinResult#triesLeft()} tries.
         */
        OK,
        /** The PIN was wrong; {@link #triesLeft()} tries remain. */
        WRONG,
        /** The PIN is blocked; only a municipal counter can unblock it. */
        BLOCKED
    }

    public PinResult {
        if (status == null) {
            throw new IllegalArgumentException("status is required");
        }
        if (triesLeft < 0 || (status == Status.BLOCKED && triesLeft != 0)) {
            throw new IllegalArgumentException("invalid tries left: " + triesLeft);
        }
    }

    public static PinResult ok(int triesLeft) {
        return new PinResult(Status.OK, triesLeft);
    }

    public static PinResult wrong(int triesLeft) {
        return new PinResult(Status.WRONG, triesLeft);
    }

    public static PinResult blocked() {
        return new PinResult(Status.BLOCKED, 0);
    }

    public boolean isOk() {
        return status == Status.OK;
    }

    public boolean isBlocked() {
        return status == Status.BLOCKED;
    }
}
