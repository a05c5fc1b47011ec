package jp.mynaportal.connect.repository;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import jp.mynaportal.connect.model.AccessToken;
import jp.mynaportal.connect.model.AuthorizationCode;
import jp.mynaportal.connect.model.PairwiseSubject;
import jp.mynaportal.connect.model.SiteConsent;
import jp.mynaportal.connect.model.UsedAssertion;

/** {@link ConnectRepository} over JPA. */
@ApplicationScoped
public class JpaConnectRepository implements ConnectRepository {

    @PersistenceContext(unitName = "mynaportal")
    private EntityManager em;

    @Override
    public Optional<PairwiseSubject> findSubject(String clientId, String residentId) {
        return Optional.ofNullable(em.find(PairwiseSubject.class, new PairwiseSubject.Key(clientId, residentId)));
    }

    @Override
    public Optional<PairwiseSubject> findSubjectBySubject(String clientId, String subject) {
        return em.createNamedQuery(PairwiseSubject.FIND_BY_SUBJECT, PairwiseSubject.class)
                .setParameter("clientId", clientId)
                .setParameter("subject", subject)
                .getResultStream()
                .findFirst();
    }

    @Override
    public void addSubject(PairwiseSubject subject) {
        em.persist(subject);
        em.flush();
    }

    @Override
    public List<SiteConsent> activeConsents(String residentId) {
        return em.createNamedQuery(SiteConsent.FIND_ACTIVE_BY_RESIDENT, SiteConsent.class)
                .setParameter("residentId", residentId)
                .getResultList();
    }

    @Override
    public Optional<SiteConsent> findConsent(long id) {
        return Optional.ofNullable(em.find(SiteConsent.class, id));
    }

    @Override
    public void addConsent(SiteConsent consent) {
        em.persist(consent);
        em.flush();
    }

    @Override
    public void addCode(AuthorizationCode code) {
        em.persist(code);
    }

    @Override
    public Optional<AuthorizationCode> lockCode(String codeHash) {
        return Optional.ofNullable(em.find(AuthorizationCode.class, codeHash, LockModeType.PESSIMISTIC_WRITE));
    }

    @Override
    public void addToken(AccessToken token) {
        em.persist(token);
    }

    @Override
    public Optional<AccessToken> findToken(String tokenHash) {
        return Optional.ofNullable(em.find(AccessToken.class, tokenHash));
    }

    @Override
    public int revokeTokensOfConsent(long consentId, Instant now) {
        List<AccessToken> tokens = em.createNamedQuery(AccessToken.FIND_ACTIVE_BY_CONSENT, AccessToken.class)
                .setParameter("consentId", consentId)
                .getResultList();
        tokens.forEach(t -> t.revoke(now));
        return tokens.size();
    }

    @Override
    public int revokeTokensOfCode(String codeHash, Instant now) {
        List<AccessToken> tokens = em.createNamedQuery(AccessToken.FIND_ACTIVE_BY_CODE, AccessToken.class)
                .setParameter("codeHash", codeHash)
                .getResultList();
        tokens.forEach(t -> t.revoke(now));
        return tokens.size();
    }

    @Override
    public boolean useAssertion(UsedAssertion assertion) {
        if (em.find(UsedAssertion.class, new UsedAssertion.Key(assertion.getClientId(), assertion.getJti())) != null) {
            return false;
        }
        em.persist(assertion);
        em.flush();
        return true;
    }
}
