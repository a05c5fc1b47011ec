package jp.mynaportal.startupfloor;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;

/** The visits, through an EJB with a container-managed transaction, as the portal's services are. */
@Stateless
@PermitAll
public class Visits {

    @PersistenceContext
    private EntityManager entityManager;

    public long record() {
        entityManager.persist(new Visit(Instant.now()));
        return count();
    }

    public long count() {
        return entityManager
                .createQuery("select count(v) from Visit v", Long.class)
                .getSingleResult();
    }
}
