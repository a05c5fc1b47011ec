package jp.mynaportal.notice.repository;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import jp.mynaportal.notice.model.AudienceFacts;
import jp.mynaportal.notice.model.Notice;
import jp.mynaportal.notice.model.NoticeAudience;
import jp.mynaportal.notice.model.NoticeBroadcast;
import jp.mynaportal.notice.model.NoticeFilter;
import jp.mynaportal.notice.model.NoticeReceipt;
import jp.mynaportal.notice.model.SenderKind;

/**
 * {@link NoticeRepository} over JPA. The audience rule of {@link NoticeAudience#includes} is
 * stated once more here as query conditions (three disjoint audiences, each served by an index),
 * with the resident's facts as parameters, so that a resident's notices to many are found without a
 * row per recipient.
 */
@ApplicationScoped
public class JpaNoticeRepository implements NoticeRepository {

    private static final String CRITERIA = " AND (b.audience.minAge IS NULL OR b.audience.minAge <= :age)"
            + " AND (b.audience.maxAge IS NULL OR b.audience.maxAge >= :age)"
            + " AND (b.audience.childUnder IS NULL OR b.audience.childUnder > :youngest)";

    private static final String TO_RESIDENT = "b.audience.residentId = :residentId";
    private static final String TO_MUNICIPALITY =
            "b.audience.residentId IS NULL AND b.audience.lgCode = :lgCode" + CRITERIA;
    private static final String TO_EVERYONE = "b.audience.residentId IS NULL AND b.audience.lgCode IS NULL" + CRITERIA;

    /**
     * Who a notice to many is for, as three disjoint conditions that each an index serves (see
     * V150): the audience rule of {@link NoticeAudience#includes}, stated once more as queries.
     */
    private static final List<String> AUDIENCES = List.of(TO_RESIDENT, TO_MUNICIPALITY, TO_EVERYONE);

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
    public List<Notice> findByResident(String residentId, NoticeFilter filter, int limit) {
        StringBuilder jpql = new StringBuilder("SELECT n FROM Notice n WHERE n.residentId = :residentId");
        jpql.append(filter.archived() ? " AND n.archivedAt IS NOT NULL" : " AND n.archivedAt IS NULL");
        if (filter.from() != null) {
            jpql.append(" AND n.createdAt >= :from");
        }
        if (filter.until() != null) {
            jpql.append(" AND n.createdAt < :until");
        }
        jpql.append(" ORDER BY n.createdAt DESC, n.id DESC");
        TypedQuery<Notice> query = em.createQuery(jpql.toString(), Notice.class)
                .setParameter("residentId", residentId)
                .setMaxResults(limit);
        if (filter.from() != null) {
            query.setParameter("from", filter.from());
        }
        if (filter.until() != null) {
            query.setParameter("until", filter.until());
        }
        return query.getResultList();
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

    @Override
    public void addBroadcast(NoticeBroadcast broadcast) {
        em.persist(broadcast);
    }

    @Override
    public Optional<NoticeBroadcast> findBroadcast(long id) {
        return Optional.ofNullable(em.find(NoticeBroadcast.class, id));
    }

    @Override
    public List<NoticeBroadcast> findVisible(AudienceFacts facts, Instant now, int limit) {
        // the three audiences of countVisibleUnread, each through its index; the 児童手当 criterion
        // is applied here rather than in SQL: EclipseLink writes a boolean as 0/1 on H2, which H2 2
        // refuses to compare with a BOOLEAN column
        List<NoticeBroadcast> found = new ArrayList<>();
        for (String audience : AUDIENCES) {
            TypedQuery<NoticeBroadcast> query = em.createQuery(
                    "SELECT b FROM NoticeBroadcast b WHERE " + audience
                            + " AND b.validUntil > :now AND b.validFrom <= :now"
                            + " ORDER BY b.validFrom DESC, b.id DESC",
                    NoticeBroadcast.class);
            bind(query, audience, facts, now);
            query.setMaxResults(limit * 2).getResultList().stream()
                    .filter(b -> facts.childAllowance() || !b.getAudience().isChildAllowance())
                    .limit(limit)
                    .forEach(found::add);
        }
        return found.stream()
                .sorted(Comparator.comparing(NoticeBroadcast::getValidFrom)
                        .thenComparing(NoticeBroadcast::getId)
                        .reversed())
                .limit(limit)
                .toList();
    }

    /** Sets the parameters an audience's condition uses (and the moment, and the resident of the receipts). */
    private static void bind(TypedQuery<?> query, String audience, AudienceFacts facts, Instant now) {
        query.setParameter("now", now);
        if (audience == TO_RESIDENT) {
            query.setParameter("residentId", facts.residentId());
        } else {
            query.setParameter("age", facts.age()).setParameter("youngest", facts.youngestChildAge());
        }
        if (audience == TO_MUNICIPALITY) {
            query.setParameter("lgCode", facts.lgCode());
        }
    }

    @Override
    public long countVisibleUnread(AudienceFacts facts, Instant now) {
        // three disjoint audiences, each found through an index, instead of one condition with an
        // OR across them that no index serves (the validity index selects nearly every notice, as
        // notices are valid for weeks, so the whole table's valid notices were read and tested):
        // notices to this resident (notice_broadcast_resident), criteria of their municipality and
        // criteria of every municipality (both notice_broadcast_audience); each counted in the
        // database by 児童手当 criterion (see findVisible for why that one is applied here)
        long count = 0;
        for (String audience : AUDIENCES) {
            TypedQuery<Object[]> query = em.createQuery(
                    "SELECT b.audience.childAllowance, COUNT(b) FROM NoticeBroadcast b WHERE " + audience
                            + " AND b.validUntil > :now AND b.validFrom <= :now"
                            + " AND NOT EXISTS (SELECT r FROM NoticeReceipt r WHERE r.broadcastId = b.id"
                            + " AND r.residentId = :residentId AND r.readAt IS NOT NULL)"
                            + " GROUP BY b.audience.childAllowance",
                    Object[].class);
            bind(query, audience, facts, now);
            query.setParameter("residentId", facts.residentId());
            for (Object[] row : query.getResultList()) {
                if (facts.childAllowance() || !Boolean.TRUE.equals(row[0])) {
                    count += ((Number) row[1]).longValue();
                }
            }
        }
        return count;
    }

    @Override
    public List<NoticeReceipt> findReceipts(String residentId, List<Long> broadcastIds) {
        if (broadcastIds.isEmpty()) {
            return List.of();
        }
        return em.createQuery(
                        "SELECT r FROM NoticeReceipt r WHERE r.residentId = :residentId AND r.broadcastId IN :ids",
                        NoticeReceipt.class)
                .setParameter("residentId", residentId)
                .setParameter("ids", broadcastIds)
                .getResultList();
    }

    @Override
    public Optional<NoticeReceipt> findReceipt(long broadcastId, String residentId) {
        return Optional.ofNullable(em.find(NoticeReceipt.class, new NoticeReceipt.Key(broadcastId, residentId)));
    }

    @Override
    public void addReceipt(NoticeReceipt receipt) {
        em.persist(receipt);
    }

    @Override
    public long countReach(NoticeAudience audience, LocalDate today) {
        if (audience.getResidentId() != null) {
            return em.createQuery("SELECT COUNT(r) FROM Resident r WHERE r.id = :id", Long.class)
                    .setParameter("id", audience.getResidentId())
                    .getSingleResult();
        }
        StringBuilder jpql = new StringBuilder("SELECT COUNT(r) FROM Resident r WHERE 1 = 1");
        if (audience.getLgCode() != null) {
            jpql.append(" AND r.lgCode = :lgCode");
        }
        if (audience.getMinAge() != null) {
            jpql.append(" AND r.birthDate <= :bornBy");
        }
        if (audience.getMaxAge() != null) {
            jpql.append(" AND r.birthDate > :bornAfter");
        }
        if (audience.getChildUnder() != null) {
            jpql.append(" AND EXISTS (SELECT c FROM ResidentChild c WHERE c.residentId = r.id"
                    + " AND c.birthDate > :childBornAfter)");
        }
        if (audience.isChildAllowance()) {
            jpql.append(" AND r.id IN :allowanceHouseholds");
        }
        TypedQuery<Long> query = em.createQuery(jpql.toString(), Long.class);
        if (audience.getLgCode() != null) {
            query.setParameter("lgCode", audience.getLgCode());
        }
        if (audience.isChildAllowance()) {
            // SQL's TRUE, which both H2 and PostgreSQL compare with a BOOLEAN (see findVisible)
            @SuppressWarnings("unchecked")
            List<String> households = em.createNativeQuery(
                            "SELECT DISTINCT resident_id FROM resident_child WHERE child_allowance = TRUE")
                    .getResultList();
            if (households.isEmpty()) {
                return 0;
            }
            query.setParameter("allowanceHouseholds", households);
        }
        if (audience.getMinAge() != null) {
            // at least minAge years old today: born on or before today minus minAge years
            query.setParameter("bornBy", today.minusYears(audience.getMinAge()));
        }
        if (audience.getMaxAge() != null) {
            // at most maxAge years old today: born after today minus (maxAge + 1) years
            query.setParameter("bornAfter", today.minusYears(audience.getMaxAge() + 1L));
        }
        if (audience.getChildUnder() != null) {
            query.setParameter("childBornAfter", today.minusYears(audience.getChildUnder()));
        }
        return query.getSingleResult();
    }

    @Override
    public List<NoticeBroadcast> findBySender(String senderKind, String senderCode, int limit) {
        return em.createQuery(
                        "SELECT b FROM NoticeBroadcast b WHERE b.senderKind = :kind AND b.senderCode = :code"
                                + " ORDER BY b.createdAt DESC, b.id DESC",
                        NoticeBroadcast.class)
                .setParameter("kind", SenderKind.valueOf(senderKind))
                .setParameter("code", senderCode)
                .setMaxResults(limit)
                .getResultList();
    }

    @Override
    public long countRead(long broadcastId) {
        return em.createQuery(
                        "SELECT COUNT(r) FROM NoticeReceipt r WHERE r.broadcastId = :id AND r.readAt IS NOT NULL",
                        Long.class)
                .setParameter("id", broadcastId)
                .getSingleResult();
    }

    @Override
    public void removeResidentNotices(String residentId) {
        em.createQuery("DELETE FROM NoticeReceipt r WHERE r.residentId = :residentId")
                .setParameter("residentId", residentId)
                .executeUpdate();
        em.createQuery("DELETE FROM Notice n WHERE n.residentId = :residentId")
                .setParameter("residentId", residentId)
                .executeUpdate();
    }
}
