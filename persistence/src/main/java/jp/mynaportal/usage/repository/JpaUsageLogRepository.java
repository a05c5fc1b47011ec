package jp.mynaportal.usage.repository;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import jp.mynaportal.usage.model.UsageLogEntry;

/** {@link UsageLogRepository} over JPA; it only inserts and reads. */
@ApplicationScoped
public class JpaUsageLogRepository implements UsageLogRepository {

    @PersistenceContext(unitName = "mynaportal")
    private EntityManager em;

    @Override
    public void append(UsageLogEntry entry) {
        em.persist(entry);
    }

    @Override
    public List<UsageLogEntry> findByResident(String residentId, int limit) {
        return em.createNamedQuery(UsageLogEntry.FIND_BY_RESIDENT, UsageLogEntry.class)
                .setParameter("residentId", residentId)
                .setMaxResults(limit)
                .getResultList();
    }
}
