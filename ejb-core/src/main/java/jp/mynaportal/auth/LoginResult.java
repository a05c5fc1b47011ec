package jp.mynaportal.auth;

import java.io.Serializable;

/**
 * How a login ended.
 *
 * @param outcome success or the reason of the failure
 * @param triesLeft for {@link LoginOutcome#WRONG_PIN}: the PIN tries left; otherwise 0
 * @param ticket on success, the single-use login ticket that the authentication mechanism redeems
 *     (within {@link AuthenticationService#TICKET_LIFETIME}); otherwise null
 */
public record LoginResult(LoginOutcome outcome, int triesLeft, String ticket) implements Serializable {

    public static LoginResult failed(LoginOutcome outcome) {
        return new LoginResult(outcome, 0, null);
    }

    public static LoginResult wrongPin(int triesLeft) {
        return new LoginResult(LoginOutcome.WRONG_PIN, triesLeft, null);
    }

    public static LoginResult success(String ticket) {
        return new LoginResult(LoginOutcome.SUCCESS, 0, ticket);
    }

    public boolean succeeded() {
        return outcome.isSuccess();
    }
}
