package jp.mynaportal.agency.repository;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import jp.mynaportal.agency.model.Agency;
import jp.mynaportal.agency.model.AgencyCertificate;
import jp.mynaportal.agency.model.AgencyLink;
import jp.mynaportal.agency.model.AgencyRequestId;

/** {@link AgencyRepository} over JPA. */
@ApplicationScoped
public class JpaAgencyRepository implements AgencyRepository {

    /** The most codes in one IN list. */
    private static final int CHUNK = 500;

    @PersistenceContext(unitName = "mynaportal")
    private EntityManager em;

    @Override
    public Optional<Agency> find(String code) {
        return Optional.ofNullable(em.find(Agency.class, code));
    }

    @Override
    public List<Agency> findAll() {
        return em.createNamedQuery(Agency.FIND_ALL, Agency.class).getResultList();
    }

    @Override
    public void add(Agency agency) {
        em.persist(agency);
        em.flush();
    }

    @Override
    public Optional<AgencyCertificate> findCertificate(String thumbprint) {
        return em.createNamedQuery(AgencyCertificate.FIND_BY_THUMBPRINT, AgencyCertificate.class)
                .setParameter("thumbprint", thumbprint)
                .getResultStream()
                .findFirst();
    }

    @Override
    public List<AgencyCertificate> findCertificates(String agencyCode) {
        return em.createNamedQuery(AgencyCertificate.FIND_BY_AGENCY, AgencyCertificate.class)
                .setParameter("agencyCode", agencyCode)
                .getResultList();
    }

    @Override
    public void addCertificate(AgencyCertificate certificate) {
        em.persist(certificate);
    }

    @Override
    public boolean requestIdUsed(String agencyCode, String jti) {
        return em.find(AgencyRequestId.class, new AgencyRequestId.Key(agencyCode, jti)) != null;
    }

    @Override
    public void addRequestId(AgencyRequestId requestId) {
        em.persist(requestId);
        em.flush();
    }

    @Override
    public int purgeRequestIds(Instant expiredBefore) {
        return em.createQuery("DELETE FROM AgencyRequestId r WHERE r.expiresAt < :before")
                .setParameter("before", expiredBefore)
                .executeUpdate();
    }

    @Override
    public Optional<AgencyLink> findLink(String agencyCode, String linkCode) {
        return em.createNamedQuery(AgencyLink.FIND_BY_CODE, AgencyLink.class)
                .setParameter("agencyCode", agencyCode)
                .setParameter("linkCode", linkCode)
                .getResultStream()
                .findFirst();
    }

    @Override
    public Map<String, String> findResidentsByLinkCode(String agencyCode, Collection<String> linkCodes) {
        List<String> codes = List.copyOf(linkCodes);
        Map<String, String> found = new HashMap<>();
        for (int from = 0; from < codes.size(); from += CHUNK) {
            List<Object[]> rows = em.createNamedQuery(AgencyLink.FIND_BY_CODES, Object[].class)
                    .setParameter("agencyCode", agencyCode)
                    .setParameter("linkCodes", codes.subList(from, Math.min(codes.size(), from + CHUNK)))
                    .getResultList();
            for (Object[] row : rows) {
                found.put((String) row[0], (String) row[1]);
            }
        }
        return found;
    }

    @Override
    public Optional<AgencyLink> findLinkOfResident(String agencyCode, String residentId) {
        return em.createNamedQuery(AgencyLink.FIND_BY_RESIDENT, AgencyLink.class)
                .setParameter("agencyCode", agencyCode)
                .setParameter("residentId", residentId)
                .getResultStream()
                .findFirst();
    }

    @Override
    public void addLink(AgencyLink link) {
        em.persist(link);
    }
}
