package jp.mynaportal.exchange.repository;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import jp.mynaportal.exchange.model.ExchangeRequest;
import jp.mynaportal.exchange.model.ExchangeResultLine;

/**
 * {@link ExchangeRequestRepository} over JPA. Claiming is one native {@code SELECT … FOR UPDATE
 * SKIP LOCKED}, which H2 2 and PostgreSQL both run with the same meaning; a result is built by one
 * {@code INSERT … SELECT} in the database.
 */
@ApplicationScoped
public class JpaExchangeRequestRepository implements ExchangeRequestRepository {

    private static final String CLAIMABLE = "SELECT id FROM exchange_request"
            + " WHERE state = 'ACCEPTED' OR (state = 'BUILDING' AND lease_until < ?1)"
            + " ORDER BY id FETCH FIRST %d ROWS ONLY FOR UPDATE SKIP LOCKED";

    private static final String COPY = "INSERT INTO exchange_result_line (request_id, record_id, exchanged_at,"
            + " requester_code, requester_name, provider_code, provider_name, procedure_name, information_name,"
            + " outcome)"
            + " SELECT CAST(?1 AS BIGINT), id, exchanged_at, requester_code, requester_name, provider_code,"
            + " provider_name, procedure_name, information_name, outcome FROM exchange_record"
            + " WHERE resident_id = ?2 AND exchanged_at >= ?3 AND exchanged_at < ?4";

    private static final String COUNT_RECORDS = "SELECT COUNT(*) FROM exchange_record"
            + " WHERE resident_id = ?1 AND exchanged_at >= ?2 AND exchanged_at < ?3";

    @PersistenceContext(unitName = "mynaportal")
    private EntityManager em;

    @Override
    public void add(ExchangeRequest request) {
        em.persist(request);
    }

    @Override
    public Optional<ExchangeRequest> findById(long id) {
        return Optional.ofNullable(em.find(ExchangeRequest.class, id));
    }

    @Override
    public List<ExchangeRequest> findByResident(String residentId, int limit) {
        return em.createNamedQuery(ExchangeRequest.FIND_BY_RESIDENT, ExchangeRequest.class)
                .setParameter("residentId", residentId)
                .setMaxResults(limit)
                .getResultList();
    }

    @Override
    public List<ExchangeRequest> lockClaimable(Instant now, int limit) {
        List<?> ids = em.createNativeQuery(CLAIMABLE.formatted(Math.max(1, limit)))
                .setParameter(1, Timestamp.from(now))
                .getResultList();
        List<ExchangeRequest> locked = new ArrayList<>(ids.size());
        for (Object id : ids) {
            ExchangeRequest request = em.find(ExchangeRequest.class, ((Number) id).longValue());
            if (request != null) {
                em.refresh(request);
                locked.add(request);
            }
        }
        return locked;
    }

    @Override
    public Optional<ExchangeRequest> lockById(long id) {
        return Optional.ofNullable(em.find(ExchangeRequest.class, id, LockModeType.PESSIMISTIC_WRITE));
    }

    @Override
    public long countRecords(String residentId, Instant from, Instant to) {
        return ((Number) em.createNativeQuery(COUNT_RECORDS)
                        .setParameter(1, residentId)
                        .setParameter(2, Timestamp.from(from))
                        .setParameter(3, Timestamp.from(to))
                        .getSingleResult())
                .longValue();
    }

    @Override
    public int copyRecords(long requestId, String residentId, Instant from, Instant to) {
        return em.createNativeQuery(COPY)
                .setParameter(1, requestId)
                .setParameter(2, residentId)
                .setParameter(3, Timestamp.from(from))
                .setParameter(4, Timestamp.from(to))
                .executeUpdate();
    }

    @Override
    public void remove(ExchangeRequest request) {
        em.createQuery("DELETE FROM ExchangeResultLine l WHERE l.requestId = :id")
                .setParameter("id", request.getId())
                .executeUpdate();
        em.remove(request);
    }

    @Override
    public int removeExpired(Instant now) {
        em.createQuery("DELETE FROM ExchangeResultLine l WHERE l.requestId IN"
                        + " (SELECT r.id FROM ExchangeRequest r WHERE r.expiresAt < :now)")
                .setParameter("now", now)
                .executeUpdate();
        return em.createNamedQuery(ExchangeRequest.DELETE_EXPIRED)
                .setParameter("now", now)
                .executeUpdate();
    }

    @Override
    public List<ExchangeResultLine> lines(long requestId, LineFilter filter, LineOrder order, int offset, int limit) {
        TypedQuery<ExchangeResultLine> query = em.createQuery(
                "SELECT l FROM ExchangeResultLine l WHERE " + where(filter) + " ORDER BY " + order.jpql(),
                ExchangeResultLine.class);
        return bind(query, requestId, filter)
                .setFirstResult(offset)
                .setMaxResults(limit)
                .getResultList();
    }

    @Override
    public long countLines(long requestId, LineFilter filter) {
        return bind(
                        em.createQuery("SELECT COUNT(l) FROM ExchangeResultLine l WHERE " + where(filter), Long.class),
                        requestId,
                        filter)
                .getSingleResult();
    }

    @Override
    public List<String[]> requesters(long requestId) {
        return pairs(
                "SELECT DISTINCT l.requesterCode, l.requesterName FROM ExchangeResultLine l"
                        + " WHERE l.requestId = :id ORDER BY l.requesterName",
                requestId);
    }

    @Override
    public List<String[]> providers(long requestId) {
        return pairs(
                "SELECT DISTINCT l.providerCode, l.providerName FROM ExchangeResultLine l"
                        + " WHERE l.requestId = :id ORDER BY l.providerName",
                requestId);
    }

    @Override
    public List<String> informationNames(long requestId) {
        return em.createQuery(
                        "SELECT DISTINCT l.informationName FROM ExchangeResultLine l WHERE l.requestId = :id"
                                + " ORDER BY l.informationName",
                        String.class)
                .setParameter("id", requestId)
                .getResultList();
    }

    @Override
    public List<LineCount> countsByRequesterAndInformation(long requestId) {
        return em.createQuery(
                        "SELECT NEW jp.mynaportal.exchange.repository.LineCount(l.requesterName, l.informationName,"
                                + " COUNT(l)) FROM ExchangeResultLine l WHERE l.requestId = :id"
                                + " GROUP BY l.requesterName, l.informationName"
                                + " ORDER BY COUNT(l) DESC, l.requesterName, l.informationName",
                        LineCount.class)
                .setParameter("id", requestId)
                .getResultList();
    }

    private List<String[]> pairs(String jpql, long requestId) {
        return em.createQuery(jpql, Object[].class).setParameter("id", requestId).getResultList().stream()
                .map(row -> new String[] {(String) row[0], (String) row[1]})
                .toList();
    }

    private static String where(LineFilter filter) {
        StringBuilder where = new StringBuilder("l.requestId = :id");
        if (filter.requesterCode() != null) {
            where.append(" AND l.requesterCode = :requester");
        }
        if (filter.providerCode() != null) {
            where.append(" AND l.providerCode = :provider");
        }
        if (filter.informationName() != null) {
            where.append(" AND l.informationName = :information");
        }
        if (filter.outcome() != null) {
            where.append(" AND l.outcome = :outcome");
        }
        return where.toString();
    }

    private static <T> TypedQuery<T> bind(TypedQuery<T> query, long requestId, LineFilter filter) {
        query.setParameter("id", requestId);
        if (filter.requesterCode() != null) {
            query.setParameter("requester", filter.requesterCode());
        }
        if (filter.providerCode() != null) {
            query.setParameter("provider", filter.providerCode());
        }
        if (filter.informationName() != null) {
            query.setParameter("information", filter.informationName());
        }
        if (filter.outcome() != null) {
            query.setParameter("outcome", filter.outcome());
        }
        return query;
    }
}
