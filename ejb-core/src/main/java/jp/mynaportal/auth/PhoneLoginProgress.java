package jp.mynaportal.auth;

import java.io.Serializable;

/**
 * Where a スマートフォンでログイン request stands for the browser that showed it.
 *
 * @param state the request's state
 * @param ticket for {@link State#LOGGED_IN}: the single-use login ticket; otherwise null
 */
public record PhoneLoginProgress(State state, String ticket) implements Serializable {

    /** The states a browser can see. */
    public enum State {
        /** Not yet confirmed by the phone. */
        WAITING,
        /** Confirmed: the browser logs in with the ticket (given once). */
        LOGGED_IN,
        /** Not confirmed in time; a new code must be shown. */
        EXPIRED,
        /** No such request for this browser session (another session's, used, or ended). */
        UNKNOWN
    }

    public static PhoneLoginProgress of(State state) {
        return new PhoneLoginProgress(state, null);
    }
}
