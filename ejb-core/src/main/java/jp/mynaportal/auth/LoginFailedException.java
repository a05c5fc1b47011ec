package jp.mynaportal.auth;

/** A login step refused the attempt; {@link #outcome()} says why. Messages never contain a PIN. */
public class LoginFailedException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final LoginOutcome outcome;

    public LoginFailedException(LoginOutcome outcome, String detail) {
        super(outcome + ": " + detail);
        this.outcome = outcome;
    }

    public LoginFailedException(LoginOutcome outcome, String detail, Throwable cause) {
        super(outcome + ": " + detail, cause);
        this.outcome = outcome;
    }

    public LoginOutcome outcome() {
        return outcome;
    }
}
