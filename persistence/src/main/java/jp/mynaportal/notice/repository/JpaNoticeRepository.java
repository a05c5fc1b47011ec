package jp.mynaportal.notice.repository;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.time.Instant;
import java.time.LocalDate;
import java.time.Period;
import java.time.ZoneOffset;
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
 * row per recipient: in JPQL for the list, and in SQL for the unread count, which is one statement
 * (as are the facts, read from the resident and their children).
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
    public void addBroadcast(NoticeBroadcast broadcast) {
        em.persist(broadcast);
    }

    @Override
    public Optional<NoticeBroadcast> findBroadcast(long id) {
        return Optional.ofNullable(em.find(NoticeBroadcast.class, id));
    }

    @Override
    public List<NoticeBroadcast> findVisible(AudienceFacts facts, Instant now, int limit) {
        // the three audiences of countAllUnread, each through its index; the 児童手当 criterion
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
    public Optional<AudienceFacts> findFacts(String residentId, LocalDate day) {
        // the resident and their household's children in one statement: the latest birth date is
        // the youngest child, and whether any child brings 児童手当
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("SELECT r.lg_code, r.birth_date, MAX(c.birth_date),"
                        + " MAX(CASE WHEN c.child_allowance THEN 1 ELSE 0 END)"
                        + " FROM resident r LEFT JOIN resident_child c ON c.resident_id = r.id"
                        + " WHERE r.id = ?1 GROUP BY r.lg_code, r.birth_date")
                .setParameter(1, residentId)
                .getResultList();
        return rows.stream()
                .findFirst()
                .map(row -> new AudienceFacts(
                        residentId,
                        ((String) row[0]).strip(),
                        Period.between(localDate(row[1]), day).getYears(),
                        row[2] == null
                                ? AudienceFacts.NO_CHILD
                                : Period.between(localDate(row[2]), day).getYears(),
                        ((Number) row[3]).intValue() == 1));
    }

    private static LocalDate localDate(Object value) {
        return value instanceof java.sql.Date date ? date.toLocalDate() : (LocalDate) value;
    }

    @Override
    public long countAllUnread(AudienceFacts facts, Instant now) {
        // one statement: the personal notices not read (notice_resident_unread) and the notices to
        // many valid now and not read, in the three disjoint audiences of findVisible, each a count
        // through its own index (notice_broadcast_resident, notice_broadcast_audience twice, which
        // holds every criterion, so that PostgreSQL counts from the index alone, V190) less those
        // the resident's read receipts name (notice_receipt_resident); the 児童手当 criterion is a
        // literal of the statement (see findVisible for why it is not a bound boolean)
        String criteria = " AND (b.min_age IS NULL OR b.min_age <= ?3)"
                + " AND (b.max_age IS NULL OR b.max_age >= ?3)"
                + " AND (b.child_under IS NULL OR b.child_under > ?4)"
                + (facts.childAllowance() ? "" : " AND b.child_allowance = FALSE");
        String validAndUnread = " AND b.valid_until > ?5 AND b.valid_from <= ?5"
                + " AND NOT EXISTS (SELECT 1 FROM notice_receipt r WHERE r.broadcast_id = b.id"
                + " AND r.resident_id = ?1 AND r.read_at IS NOT NULL))";
        Object count = em.createNativeQuery("SELECT (SELECT COUNT(*) FROM notice n"
                        + " WHERE n.resident_id = ?1 AND n.read_at IS NULL)"
                        + " + (SELECT COUNT(*) FROM notice_broadcast b WHERE b.to_resident_id = ?1"
                        + validAndUnread
                        + " + (SELECT COUNT(*) FROM notice_broadcast b"
                        + " WHERE b.to_resident_id IS NULL AND b.to_lg_code = ?2" + criteria + validAndUnread
                        + " + (SELECT COUNT(*) FROM notice_broadcast b"
                        + " WHERE b.to_resident_id IS NULL AND b.to_lg_code IS NULL" + criteria + validAndUnread)
                .setParameter(1, facts.residentId())
                .setParameter(2, facts.lgCode())
                .setParameter(3, facts.age())
                .setParameter(4, facts.youngestChildAge())
                .setParameter(5, now.atOffset(ZoneOffset.UTC))
                .getSingleResult();
        return ((Number) count).longValue();
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
