package jp.mynaportal.mail.repository;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import jp.mynaportal.mail.model.OutboxMail;

/** {@link MailOutboxRepository} over JPA. */
@ApplicationScoped
public class JpaMailOutboxRepository implements MailOutboxRepository {

    @PersistenceContext(unitName = "mynaportal")
    private EntityManager em;

    @Override
    public void add(OutboxMail mail) {
        em.persist(mail);
    }

    @Override
    public Optional<OutboxMail> find(long id) {
        return Optional.ofNullable(em.find(OutboxMail.class, id));
    }

    @Override
    public List<Long> findDue(Instant now, int limit) {
        return em.createQuery(
                        "SELECT m.id FROM OutboxMail m WHERE m.sentAt IS NULL AND m.nextAttemptAt <= :now"
                                + " AND (m.leaseUntil IS NULL OR m.leaseUntil < :now) ORDER BY m.id",
                        Long.class)
                .setParameter("now", now)
                .setMaxResults(limit)
                .getResultList();
    }

    @Override
    public boolean claim(long id, String worker, Instant now, Instant leaseUntil) {
        return em.createQuery("UPDATE OutboxMail m SET m.leaseUntil = :until, m.leasedBy = :worker"
                                + " WHERE m.id = :id AND m.sentAt IS NULL AND m.nextAttemptAt <= :now"
                                + " AND (m.leaseUntil IS NULL OR m.leaseUntil < :now)")
                        .setParameter("until", leaseUntil)
                        .setParameter("worker", worker)
                        .setParameter("id", id)
                        .setParameter("now", now)
                        .executeUpdate()
                == 1;
    }

    @Override
    public List<OutboxMail> findByRecipient(String recipient, int limit) {
        return em.createQuery(
                        "SELECT m FROM OutboxMail m WHERE m.recipient = :recipient ORDER BY m.id DESC",
                        OutboxMail.class)
                .setParameter("recipient", recipient)
                .setMaxResults(limit)
                .getResultList();
    }
}
