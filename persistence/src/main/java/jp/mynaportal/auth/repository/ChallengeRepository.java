package jp.mynaportal.auth.repository;

import java.time.Instant;
import java.util.Optional;
import jp.mynaportal.auth.model.LoginChallenge;

/** Storage of login challenges. */
public interface ChallengeRepository {

    void add(LoginChallenge challenge);

    Optional<LoginChallenge> find(String nonce);

    /**
     * Marks a challenge used, atomically: of several nodes that try at once, exactly one succeeds.
     *
     * @return whether this call was the one that used it
     */
    boolean markUsed(String nonce, Instant usedAt);

    /** Removes the challenges that expired before a moment; returns how many. */
    int deleteExpired(Instant before);
}
