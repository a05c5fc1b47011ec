package jp.mynaportal.exchange.repository;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jp.mynaportal.exchange.model.ExchangeRecord;

/** {@link ExchangeRecordRepository} over JPA. */
@ApplicationScoped
public class JpaExchangeRecordRepository implements ExchangeRecordRepository {

    @PersistenceContext(unitName = "mynaportal")
    private EntityManager em;

    @Override
    public void add(ExchangeRecord record) {
        em.persist(record);
    }

    @Override
    public long countByResident(String residentId) {
        return em.createQuery("SELECT COUNT(r) FROM ExchangeRecord r WHERE r.residentId = :residentId", Long.class)
                .setParameter("residentId", residentId)
                .getSingleResult();
    }
}
