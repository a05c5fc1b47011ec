package jp.mynaportal.usage.repository;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import jp.mynaportal.usage.model.UsageAction;
import jp.mynaportal.usage.model.UsageChainHead;
import jp.mynaportal.usage.model.UsageCheckpoint;
import jp.mynaportal.usage.model.UsageLogEntry;
import jp.mynaportal.usage.model.UsageSealQueue;

/**
 * {@link UsageLogRepository} over JPA: it inserts and reads log entries and their links, and
 * empties the queue of entries waiting to be sealed.
 */
@ApplicationScoped
public class JpaUsageLogRepository implements UsageLogRepository {

    private static final String BY_PERSON =
            " FROM UsageLogEntry e WHERE (e.residentId = :person OR e.actorId = :person)"
                    + " AND e.occurredAt >= :from AND e.occurredAt < :to AND e.action IN :actions";
    private static final String NEWEST_FIRST = " ORDER BY e.occurredAt DESC, e.id DESC";

    @PersistenceContext(unitName = "mynaportal")
    private EntityManager em;

    @Override
    public void append(UsageLogEntry entry) {
        em.persist(entry);
        em.persist(new UsageSealQueue(entry.getId()));
    }

    @Override
    public int sealPending(int max) {
        UsageChainHead head = em.find(UsageChainHead.class, UsageChainHead.ID, LockModeType.PESSIMISTIC_WRITE);
        if (head == null) {
            throw new IllegalStateException("The usage log has no chain head: the migrations did not run");
        }
        List<Long> waiting = em.createQuery("SELECT q.entryId FROM UsageSealQueue q ORDER BY q.entryId", Long.class)
                .setMaxResults(max)
                .getResultList();
        if (waiting.isEmpty()) {
            return 0;
        }
        List<UsageLogEntry> entries = em.createQuery(
                        "SELECT e FROM UsageLogEntry e WHERE e.id IN :ids ORDER BY e.id", UsageLogEntry.class)
                .setParameter("ids", waiting)
                .getResultList();
        for (UsageLogEntry entry : entries) {
            em.persist(head.link(entry));
        }
        em.createQuery("DELETE FROM UsageSealQueue q WHERE q.entryId IN :ids")
                .setParameter("ids", waiting)
                .executeUpdate();
        return waiting.size();
    }

    @Override
    public long waitingToBeSealed() {
        return em.createQuery("SELECT COUNT(q) FROM UsageSealQueue q", Long.class)
                .getSingleResult();
    }

    @Override
    public List<UsageLogEntry> findByResident(String residentId, int limit) {
        return em.createNamedQuery(UsageLogEntry.FIND_BY_RESIDENT, UsageLogEntry.class)
                .setParameter("residentId", residentId)
                .setMaxResults(limit)
                .getResultList();
    }

    @Override
    public List<UsageLogEntry> findByPerson(
            String personId, Instant from, Instant to, Collection<UsageAction> actions, int offset, int limit) {
        if (actions.isEmpty()) {
            return List.of();
        }
        TypedQuery<UsageLogEntry> query = em.createQuery("SELECT e" + BY_PERSON + NEWEST_FIRST, UsageLogEntry.class);
        return bind(query, personId, from, to, actions)
                .setFirstResult(offset)
                .setMaxResults(limit)
                .getResultList();
    }

    @Override
    public long countByPerson(String personId, Instant from, Instant to, Collection<UsageAction> actions) {
        if (actions.isEmpty()) {
            return 0;
        }
        return bind(em.createQuery("SELECT COUNT(e)" + BY_PERSON, Long.class), personId, from, to, actions)
                .getSingleResult();
    }

    private static <T> TypedQuery<T> bind(
            TypedQuery<T> query, String personId, Instant from, Instant to, Collection<UsageAction> actions) {
        return query.setParameter("person", personId)
                .setParameter("from", from)
                .setParameter("to", to)
                .setParameter("actions", actions);
    }

    @Override
    public UsageChainHead head() {
        UsageChainHead head = em.find(UsageChainHead.class, UsageChainHead.ID);
        em.refresh(head);
        return head;
    }

    @Override
    public void appendCheckpoint(UsageCheckpoint checkpoint) {
        em.persist(checkpoint);
    }

    @Override
    public java.util.Optional<String> personName(String residentId) {
        List<?> names = em.createNativeQuery("SELECT full_name FROM resident WHERE id = ?1")
                .setParameter(1, residentId)
                .getResultList();
        return names.isEmpty() ? java.util.Optional.empty() : java.util.Optional.of(String.valueOf(names.get(0)));
    }
}
