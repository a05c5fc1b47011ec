package jp.mynaportal.auth.repository;

import java.time.Instant;
import java.util.Optional;
import jp.mynaportal.auth.model.LoginSession;

/** Storage of the sessions logins opened. */
public interface LoginSessionRepository {

    void add(LoginSession session);

    Optional<LoginSession> find(String tokenHash);

    /**
     * Ends a session, atomically: of several nodes that try at once, exactly one succeeds.
     *
     * @return whether this call was the one that ended it
     */
    boolean end(String tokenHash, String reason, Instant at);

    /** Removes the sessions opened before a moment (long past any absolute timeout); returns how many. */
    int deleteOpenedBefore(Instant before);
}
