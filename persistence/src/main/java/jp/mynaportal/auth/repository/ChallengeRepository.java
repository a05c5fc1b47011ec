package jp.mynaportal.auth.repository;

import java.time.Instant;
import java.util.Optional;
import jp.mynaportal.auth.model.LoginChallenge;

/** Storage of login challenges. */
public interface ChallengeRepository {

    void add(LoginChallenge challenge);

    Optional<LoginChallenge> find(String nonce);

    /**
     * Uses a challenge, atomically, if at {@code now} it may be used by the presenting session
     * ({@link LoginChallenge#check} would accept it): of several nodes that try at once, exactly one
     * succeeds. When it answers false, {@link #find} tells why.
     *
     * @return whether this call was the one that used it
     */
    boolean use(String nonce, String presentingSession, Instant now);

    /** Removes the challenges that expired before a moment; returns how many. */
    int deleteExpired(Instant before);
}
