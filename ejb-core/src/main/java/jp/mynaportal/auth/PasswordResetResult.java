package jp.mynaportal.auth;

import java.io.Serializable;

/**
 * How a self-service reset of the login password ended.
 *
 * @param triesLeft the signing password's tries left after a wrong one, else 0
 */
public record PasswordResetResult(Outcome outcome, int triesLeft) implements Serializable {

    /** Every way it can end; each has a message ({@link #messageKey()}). */
    public enum Outcome {
        /** The new login password is on the card, with three tries. */
        SUCCESS,
        /** The new password is not 4 digits; nothing was tried. */
        NEW_PIN_FORMAT,
        /** The two entries of the new password differ; nothing was tried. */
        NEW_PIN_MISMATCH,
        /** The signing password is not 6–16 upper-case letters and digits; no try was spent. */
        SIGNING_PASSWORD_FORMAT,
        /** The signing password was wrong; {@link #triesLeft()} tries are left. */
        WRONG_SIGNING_PASSWORD,
        /** The signing password is locked (five wrong entries): only a counter can help. */
        SIGNING_PASSWORD_LOCKED,
        /** No card in the reader. */
        NO_CARD,
        /** The card's certificate belongs to no resident of the portal. */
        UNKNOWN_CARD,
        /** The operator did not enable readers for this terminal. */
        READER_NOT_ENABLED,
        /** Every reader stayed busy. */
        READERS_BUSY,
        /** The card does not allow this reset. */
        NOT_RESETTABLE,
        /** The card left the reader or failed. */
        CARD_ERROR;

        public String messageKey() {
            return "auth.reset.outcome." + name();
        }
    }

    public static PasswordResetResult of(Outcome outcome) {
        return new PasswordResetResult(outcome, 0);
    }
}
