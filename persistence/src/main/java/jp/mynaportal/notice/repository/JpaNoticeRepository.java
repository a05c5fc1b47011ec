package jp.mynaportal.notice.repository;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Optional;
import jp.mynaportal.notice.model.Notice;

/** {@link NoticeRepository} over JPA. */
@ApplicationScoped
public class JpaNoticeRepository implements NoticeRepository {

    @PersistenceContext(unitName = "mynaportal")
    private EntityManager em;

    @Override
    public void add(Notice notice) {
        em.persist(notice);
    }

    @Override
    public List<Notice> findByResident(String residentId, int limit) {
        return em.createNamedQuery(Notice.FIND_BY_RESIDENT, Notice.class)
                .setParameter("residentId", residentId)
                .setMaxResults(limit)
                .getResultList();
    }

    @Override
    public Optional<Notice> findById(long id) {
        return Optional.ofNullable(em.find(Notice.class, id));
    }

    @Override
    public long countUnread(String residentId) {
        return em.createNamedQuery(Notice.COUNT_UNREAD, Long.class)
                .setParameter("residentId", residentId)
                .getSingleResult();
    }
}
