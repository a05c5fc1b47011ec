package jp.mynaportal.auth.repository;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Optional;
import jp.mynaportal.auth.model.LoginSession;

/** {@link LoginSessionRepository} over JPA; a session ends once, by a conditional UPDATE. */
@ApplicationScoped
public class JpaLoginSessionRepository implements LoginSessionRepository {

    @PersistenceContext(unitName = "mynaportal")
    private EntityManager em;

    @Override
    public void add(LoginSession session) {
        em.persist(session);
    }

    @Override
    public Optional<LoginSession> find(String tokenHash) {
        return Optional.ofNullable(em.find(LoginSession.class, tokenHash));
    }

    @Override
    public boolean end(String tokenHash, String reason, Instant at) {
        return em.createNamedQuery(LoginSession.END)
                        .setParameter(1, Timestamp.from(at))
                        .setParameter(2, reason)
                        .setParameter(3, tokenHash)
                        .executeUpdate()
                == 1;
    }

    @Override
    public int deleteOpenedBefore(Instant before) {
        return em.createNamedQuery(LoginSession.DELETE_OPENED_BEFORE)
                .setParameter(1, Timestamp.from(before))
                .executeUpdate();
    }
}
