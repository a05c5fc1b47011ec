package jp.mynaportal.application;

import java.util.List;
import java.util.Locale;

/**
 * An application step the resident (or staff member) can act on; the reason names the message.
 * Carries no user input, so that it can be logged safely.
 */
@jakarta.ejb.ApplicationException(rollback = false)
public class ApplicationException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    /** Why a step was refused; each has a message key {@code pittari.apply.error.<name>}. */
    public enum Reason {
        /** No such application for this user (also when it belongs to someone else). */
        NOT_FOUND,
        /** The procedure cannot be applied for online at this municipality. */
        NOT_ONLINE,
        /** Nothing was selected to apply for. */
        NOTHING_SELECTED,
        /** The application was submitted and can no longer change. */
        NOT_EDITABLE,
        /** Some fields need correcting; see {@link #problems()}. */
        INVALID,
        /** An attachment is larger than allowed. */
        FILE_TOO_LARGE,
        /** An attachment is not a PDF, JPEG or PNG file. */
        FILE_TYPE,
        /** An attachment is empty. */
        FILE_EMPTY,
        /** The field does not take a file. */
        NOT_A_FILE_FIELD,
        /** The procedure needs the electronic signature. */
        SIGNATURE_REQUIRED,
        /** No card in the reader. */
        NO_CARD,
        /** Every reader is busy. */
        READERS_BUSY,
        /** The card in the reader belongs to someone else than the logged-in resident. */
        CARD_NOT_YOURS,
        /** The signing password is not 6–16 upper-case letters and digits. */
        SIGN_PIN_FORMAT,
        /** The signing password was wrong; {@link #triesLeft()} tries remain. */
        SIGN_PIN_WRONG,
        /** The signing password is locked after five wrong entries. */
        SIGN_PIN_BLOCKED,
        /** The signing certificate is expired, revoked or not from the sign CA. */
        SIGN_CERTIFICATE_INVALID,
        /** The login password (利用者証明用) is not 4 digits. */
        AUTH_PIN_FORMAT,
        /** The login password was wrong; {@link #triesLeft()} tries remain. */
        AUTH_PIN_WRONG,
        /** The login password is locked after three wrong entries. */
        AUTH_PIN_BLOCKED,
        /** The authentication certificate is expired, revoked or not from the authentication CA. */
        AUTH_CERTIFICATE_INVALID,
        /** A signature sent by a client does not verify over the application as stored, or is too old. */
        SIGNATURE_INVALID,
        /** A signature sent by a client was made with someone else's signing certificate. */
        SIGNER_NOT_APPLICANT,
        /** Staff: this status change is not possible from the current status. */
        TRANSITION,
        /** Staff: 差戻し and 却下 need a comment for the resident. */
        COMMENT_REQUIRED,
        /** Staff: the comment is longer than 2,000 characters. */
        COMMENT_TOO_LONG,
        /** Staff: the comment holds control characters or broken characters. */
        COMMENT_CONTROL_CHARACTER;

        public String messageKey() {
            return "pittari.apply.error." + name().toLowerCase(Locale.ROOT);
        }
    }

    private final Reason reason;
    private final transient List<FieldProblem> problems;
    private final int triesLeft;

    public ApplicationException(Reason reason) {
        this(reason, List.of(), -1);
    }

    private ApplicationException(Reason reason, List<FieldProblem> problems, int triesLeft) {
        super(reason.name());
        this.reason = reason;
        this.problems = List.copyOf(problems);
        this.triesLeft = triesLeft;
    }

    /** The form has problems to show beside their fields. */
    public static ApplicationException invalid(List<FieldProblem> problems) {
        return new ApplicationException(Reason.INVALID, problems, -1);
    }

    /** A wrong signing password with the tries left. */
    public static ApplicationException wrongSigningPassword(int triesLeft) {
        return new ApplicationException(Reason.SIGN_PIN_WRONG, List.of(), triesLeft);
    }

    /** The login password (利用者証明用) was wrong; this many tries remain. */
    public static ApplicationException wrongLoginPassword(int triesLeft) {
        return new ApplicationException(Reason.AUTH_PIN_WRONG, List.of(), triesLeft);
    }

    public Reason reason() {
        return reason;
    }

    public List<FieldProblem> problems() {
        return problems == null ? List.of() : problems;
    }

    /** The tries left after a wrong signing password, or -1. */
    public int triesLeft() {
        return triesLeft;
    }
}
