package jp.mynaportal.insurance.repository;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Optional;
import jp.mynaportal.insurance.model.Coverage;
import jp.mynaportal.insurance.model.InsuranceRegistration;
import jp.mynaportal.insurance.model.Insurer;
import jp.mynaportal.insurance.model.IssuedChallenge;
import jp.mynaportal.insurance.model.RegistrationStatus;

/** {@link InsuranceRepository} over JPA. */
@ApplicationScoped
public class JpaInsuranceRepository implements InsuranceRepository {

    @PersistenceContext(unitName = "mynaportal")
    private EntityManager em;

    @Override
    public Optional<Insurer> findInsurer(String insurerNumber) {
        return Optional.ofNullable(em.find(Insurer.class, insurerNumber));
    }

    @Override
    public Optional<Insurer> findInsurerByAgency(String agencyCode) {
        return em.createNamedQuery(Insurer.FIND_BY_AGENCY, Insurer.class)
                .setParameter("agencyCode", agencyCode)
                .getResultStream()
                .findFirst();
    }

    @Override
    public void addInsurer(Insurer insurer) {
        em.persist(insurer);
    }

    @Override
    public List<Coverage> coverages(String residentId) {
        return em.createNamedQuery(Coverage.FIND_BY_RESIDENT, Coverage.class)
                .setParameter("residentId", residentId)
                .getResultList();
    }

    @Override
    public void addCoverage(Coverage coverage) {
        em.persist(coverage);
    }

    @Override
    public Optional<InsuranceRegistration> findRegistration(String residentId) {
        return em.createNamedQuery(InsuranceRegistration.FIND_BY_RESIDENT, InsuranceRegistration.class)
                .setParameter("residentId", residentId)
                .getResultStream()
                .findFirst();
    }

    @Override
    public Optional<InsuranceRegistration> lockRegistration(long id) {
        return Optional.ofNullable(em.find(InsuranceRegistration.class, id, LockModeType.PESSIMISTIC_WRITE));
    }

    @Override
    public List<InsuranceRegistration> registrationsOf(String insurerNumber, RegistrationStatus status, int limit) {
        return em.createNamedQuery(InsuranceRegistration.FIND_BY_INSURER, InsuranceRegistration.class)
                .setParameter("insurerNumber", insurerNumber)
                .setParameter("status", status)
                .setMaxResults(limit)
                .getResultList();
    }

    @Override
    public void addRegistration(InsuranceRegistration registration) {
        em.persist(registration);
        em.flush();
    }

    @Override
    public void addChallenge(IssuedChallenge challenge) {
        em.persist(challenge);
    }

    @Override
    public Optional<IssuedChallenge> lockChallenge(String nonce) {
        return Optional.ofNullable(em.find(IssuedChallenge.class, nonce, LockModeType.PESSIMISTIC_WRITE));
    }
}
