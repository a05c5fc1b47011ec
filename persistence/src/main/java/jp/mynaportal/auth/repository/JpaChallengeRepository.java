package jp.mynaportal.auth.repository;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Optional;
import jp.mynaportal.auth.model.LoginChallenge;

/** {@link ChallengeRepository} over JPA; the single use rests on a conditional UPDATE. */
@ApplicationScoped
public class JpaChallengeRepository implements ChallengeRepository {

    @PersistenceContext(unitName = "mynaportal")
    private EntityManager em;

    @Override
    public void add(LoginChallenge challenge) {
        em.persist(challenge);
    }

    @Override
    public Optional<LoginChallenge> find(String nonce) {
        return Optional.ofNullable(em.find(LoginChallenge.class, nonce));
    }

    @Override
    public boolean use(String nonce, String presentingSession, Instant now) {
        Timestamp at = Timestamp.from(now);
        int updated = em.createNamedQuery(LoginChallenge.USE)
                .setParameter(1, at)
                .setParameter(2, nonce)
                .setParameter(3, presentingSession)
                .setParameter(4, at)
                .executeUpdate();
        return updated == 1;
    }

    @Override
    public int deleteExpired(Instant before) {
        return em.createNamedQuery(LoginChallenge.DELETE_EXPIRED)
                .setParameter(1, Timestamp.from(before))
                .executeUpdate();
    }
}
