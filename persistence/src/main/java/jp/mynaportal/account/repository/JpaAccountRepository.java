package jp.mynaportal.account.repository;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Optional;
import jp.mynaportal.account.model.EmailChange;
import jp.mynaportal.account.model.Resident;
import jp.mynaportal.account.model.ResidentCertificate;
import jp.mynaportal.account.model.ResidentChild;
import jp.mynaportal.account.model.UserAccount;

/** {@link AccountRepository} over JPA. */
@ApplicationScoped
public class JpaAccountRepository implements AccountRepository {

    @PersistenceContext(unitName = "mynaportal")
    private EntityManager em;

    @Override
    public Optional<Resident> findResident(String residentId) {
        return Optional.ofNullable(em.find(Resident.class, residentId));
    }

    @Override
    public Optional<Resident> lockResident(String residentId) {
        return Optional.ofNullable(em.find(Resident.class, residentId, LockModeType.PESSIMISTIC_WRITE));
    }

    @Override
    public Optional<ResidentCertificate> findCertificate(String certificateRef) {
        return Optional.ofNullable(em.find(ResidentCertificate.class, certificateRef));
    }

    @Override
    public List<ResidentCertificate> findCertificates(String residentId) {
        return em.createNamedQuery(ResidentCertificate.FIND_BY_RESIDENT, ResidentCertificate.class)
                .setParameter("residentId", residentId)
                .getResultList();
    }

    @Override
    public Optional<UserAccount> findAccount(String residentId) {
        return Optional.ofNullable(em.find(UserAccount.class, residentId));
    }

    @Override
    public void addResident(Resident resident) {
        em.persist(resident);
    }

    @Override
    public void addCertificate(ResidentCertificate certificate) {
        em.persist(certificate);
    }

    @Override
    public void addAccount(UserAccount account) {
        em.persist(account);
    }

    @Override
    public List<ResidentChild> findChildren(String residentId) {
        return em.createNamedQuery(ResidentChild.FIND_BY_RESIDENT, ResidentChild.class)
                .setParameter("residentId", residentId)
                .getResultList();
    }

    @Override
    public void addChild(ResidentChild child) {
        em.persist(child);
    }

    @Override
    public void addEmailChange(EmailChange change) {
        em.persist(change);
    }

    @Override
    public Optional<EmailChange> lockEmailChange(String tokenHash) {
        return Optional.ofNullable(em.find(EmailChange.class, tokenHash, LockModeType.PESSIMISTIC_WRITE));
    }

    @Override
    public void removeAccount(String residentId) {
        em.createQuery("DELETE FROM EmailChange c WHERE c.residentId = :residentId")
                .setParameter("residentId", residentId)
                .executeUpdate();
        UserAccount account = em.find(UserAccount.class, residentId);
        if (account != null) {
            em.remove(account);
        }
    }
}
