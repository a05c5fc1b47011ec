package jp.mynaportal.proxy.repository;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import jp.mynaportal.proxy.model.ProxyRegistration;
import jp.mynaportal.proxy.model.ProxyState;

/** JPA implementation; the resident registry's tables are read by SQL, naming no other function. */
@ApplicationScoped
public class JpaProxyRepository implements ProxyRepository {

    @PersistenceContext(unitName = "mynaportal")
    private EntityManager em;

    @Override
    public void add(ProxyRegistration registration) {
        em.persist(registration);
    }

    @Override
    public Optional<ProxyRegistration> find(long id) {
        return Optional.ofNullable(em.find(ProxyRegistration.class, id));
    }

    @Override
    public Optional<ProxyRegistration> lock(long id) {
        return Optional.ofNullable(em.find(ProxyRegistration.class, id, LockModeType.PESSIMISTIC_WRITE));
    }

    @Override
    public List<ProxyRegistration> findByPerson(String personId, Collection<ProxyState> states) {
        return em.createNamedQuery(ProxyRegistration.FIND_BY_PERSON, ProxyRegistration.class)
                .setParameter("person", personId)
                .setParameter("states", List.copyOf(states))
                .getResultList();
    }

    @Override
    public List<ProxyRegistration> findLive(String proxyId, String residentId) {
        return em.createNamedQuery(ProxyRegistration.FIND_LIVE, ProxyRegistration.class)
                .setParameter("proxy", proxyId)
                .setParameter("resident", residentId)
                .getResultList();
    }

    @Override
    public List<ProxyRegistration> findByState(ProxyState state) {
        return em.createNamedQuery(ProxyRegistration.FIND_BY_STATE, ProxyRegistration.class)
                .setParameter("state", state)
                .getResultList();
    }

    @Override
    public List<ProxyRegistration> findStalePending(Instant now) {
        return em.createNamedQuery(ProxyRegistration.FIND_STALE_PENDING, ProxyRegistration.class)
                .setParameter("now", now)
                .getResultList();
    }

    @Override
    public void remove(ProxyRegistration registration) {
        em.remove(em.contains(registration) ? registration : em.merge(registration));
    }

    @Override
    public Optional<String> newestCertificateRef(String residentId) {
        List<?> refs = em.createNativeQuery("SELECT certificate_ref FROM resident_certificate WHERE resident_id = ?1"
                        + " ORDER BY registered_at DESC, certificate_ref")
                .setParameter(1, residentId)
                .setMaxResults(1)
                .getResultList();
        return refs.isEmpty() ? Optional.empty() : Optional.of(String.valueOf(refs.get(0)));
    }

    @Override
    public Optional<String> personName(String residentId) {
        List<?> names = em.createNativeQuery("SELECT full_name FROM resident WHERE id = ?1")
                .setParameter(1, residentId)
                .getResultList();
        return names.isEmpty() ? Optional.empty() : Optional.of(String.valueOf(names.get(0)));
    }
}
