package jp.mynaportal.application.repository;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.Collection;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import jp.mynaportal.application.model.Application;
import jp.mynaportal.application.model.ApplicationEvent;
import jp.mynaportal.application.model.ApplicationStatus;
import jp.mynaportal.application.model.Attachment;
import jp.mynaportal.application.model.AttachmentInfo;

/** {@link ApplicationRepository} over JPA. */
@ApplicationScoped
public class JpaApplicationRepository implements ApplicationRepository {

    @PersistenceContext(unitName = "mynaportal")
    private EntityManager em;

    @Override
    public void add(Application application) {
        em.persist(application);
        em.flush();
    }

    @Override
    public Optional<Application> findById(long id) {
        return Optional.ofNullable(em.find(Application.class, id));
    }

    @Override
    public Optional<Application> lockById(long id) {
        return Optional.ofNullable(em.find(Application.class, id, LockModeType.PESSIMISTIC_WRITE));
    }

    @Override
    public List<Application> findByResident(String residentId, Collection<ApplicationStatus> statuses) {
        return em.createNamedQuery(Application.FIND_BY_RESIDENT_AND_STATUSES, Application.class)
                .setParameter("residentId", residentId)
                .setParameter("statuses", statuses)
                .getResultList();
    }

    @Override
    public Optional<Application> findOpenDraft(
            String residentId, String procedureFunction, String procedureKey, Instant now) {
        return em.createNamedQuery(Application.FIND_OPEN_DRAFT, Application.class)
                .setParameter("residentId", residentId)
                .setParameter("procedureFunction", procedureFunction)
                .setParameter("procedureKey", procedureKey)
                .setParameter("now", now)
                .setMaxResults(1)
                .getResultStream()
                .findFirst();
    }

    @Override
    public List<Application> findInbox(
            Collection<String> lgCodes,
            Collection<ApplicationStatus> statuses,
            Collection<String> decidedElsewhere,
            int limit) {
        if (lgCodes.isEmpty() || statuses.isEmpty()) {
            return List.of();
        }
        return em.createNamedQuery(Application.FIND_INBOX, Application.class)
                .setParameter("lgCodes", lgCodes)
                .setParameter("statuses", statuses)
                .setParameter("elsewhere", elsewhere(decidedElsewhere))
                .setMaxResults(limit)
                .getResultList();
    }

    @Override
    public Map<ApplicationStatus, Long> countInbox(Collection<String> lgCodes, Collection<String> decidedElsewhere) {
        Map<ApplicationStatus, Long> counts = new EnumMap<>(ApplicationStatus.class);
        if (lgCodes.isEmpty()) {
            return counts;
        }
        for (Object[] row : em.createNamedQuery(Application.COUNT_INBOX, Object[].class)
                .setParameter("lgCodes", lgCodes)
                .setParameter("elsewhere", elsewhere(decidedElsewhere))
                .getResultList()) {
            counts.put((ApplicationStatus) row[0], ((Number) row[1]).longValue());
        }
        return counts;
    }

    @Override
    public int deleteExpiredDrafts(Instant now) {
        List<Long> expired = em.createQuery(
                        "SELECT a.id FROM Application a WHERE a.status = :draft AND a.expiresAt <= :now", Long.class)
                .setParameter("draft", ApplicationStatus.DRAFT)
                .setParameter("now", now)
                .getResultList();
        if (expired.isEmpty()) {
            return 0;
        }
        em.createNamedQuery(Attachment.DELETE_BY_APPLICATIONS)
                .setParameter("applicationIds", expired)
                .executeUpdate();
        return em.createNamedQuery(Application.DELETE_EXPIRED_DRAFTS)
                .setParameter("now", now)
                .executeUpdate();
    }

    @Override
    public List<AttachmentInfo> attachments(long applicationId) {
        return em.createNamedQuery(Attachment.LIST_INFO, AttachmentInfo.class)
                .setParameter("applicationId", applicationId)
                .getResultList();
    }

    @Override
    public Optional<Attachment> findAttachment(long applicationId, String fieldKey) {
        return em.createNamedQuery(Attachment.FIND_BY_FIELD, Attachment.class)
                .setParameter("applicationId", applicationId)
                .setParameter("fieldKey", fieldKey)
                .getResultStream()
                .findFirst();
    }

    @Override
    public void addAttachment(Attachment attachment) {
        em.persist(attachment);
    }

    @Override
    public void removeAttachment(Attachment attachment) {
        em.remove(attachment);
    }

    @Override
    public void addEvent(ApplicationEvent event) {
        em.persist(event);
    }

    @Override
    public List<ApplicationEvent> events(long applicationId) {
        return em.createNamedQuery(ApplicationEvent.FIND_BY_APPLICATION, ApplicationEvent.class)
                .setParameter("applicationId", applicationId)
                .getResultList();
    }

    /** NOT IN needs at least one value; no function has the empty name. */
    private static Collection<String> elsewhere(Collection<String> functions) {
        return functions.isEmpty() ? java.util.List.of("") : functions;
    }
}
