package jp.mynaportal.auth.repository;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Optional;
import jp.mynaportal.auth.model.PhoneLoginRequest;

/** {@link PhoneLoginRepository} over JPA; the transitions rest on conditional UPDATEs. */
@ApplicationScoped
public class JpaPhoneLoginRepository implements PhoneLoginRepository {

    @PersistenceContext(unitName = "mynaportal")
    private EntityManager em;

    @Override
    public void add(PhoneLoginRequest request) {
        em.persist(request);
    }

    @Override
    public Optional<PhoneLoginRequest> find(String requestId) {
        PhoneLoginRequest found = em.find(PhoneLoginRequest.class, requestId);
        if (found != null) {
            em.refresh(found);
        }
        return Optional.ofNullable(found);
    }

    @Override
    public boolean confirm(String requestId, String residentId, String certificate, Instant at) {
        return em.createNamedQuery(PhoneLoginRequest.CONFIRM)
                        .setParameter(1, residentId)
                        .setParameter(2, Timestamp.from(at))
                        .setParameter(3, requestId)
                        .setParameter(4, certificate)
                        .executeUpdate()
                == 1;
    }

    @Override
    public boolean collect(String requestId, String browserSession) {
        return em.createNamedQuery(PhoneLoginRequest.COLLECT)
                        .setParameter(1, requestId)
                        .setParameter(2, browserSession)
                        .executeUpdate()
                == 1;
    }

    @Override
    public int endSession(String browserSession) {
        return em.createNamedQuery(PhoneLoginRequest.END_SESSION)
                .setParameter(1, browserSession)
                .executeUpdate();
    }

    @Override
    public int deleteExpired(Instant before) {
        return em.createNamedQuery(PhoneLoginRequest.DELETE_EXPIRED)
                .setParameter(1, Timestamp.from(before))
                .executeUpdate();
    }
}
