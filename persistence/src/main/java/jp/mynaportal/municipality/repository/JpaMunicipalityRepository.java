package jp.mynaportal.municipality.repository;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Optional;
import jp.mynaportal.municipality.model.Municipality;
import jp.mynaportal.municipality.model.MunicipalityNameQuery;
import jp.mynaportal.municipality.model.PostalArea;
import jp.mynaportal.municipality.model.PostalCode;

/** {@link MunicipalityRepository} over JPA named queries. */
@ApplicationScoped
public class JpaMunicipalityRepository implements MunicipalityRepository {

    @PersistenceContext(unitName = "mynaportal")
    private EntityManager em;

    @Override
    public Optional<Municipality> findByLgCode(String lgCode) {
        return Optional.ofNullable(em.find(Municipality.class, lgCode));
    }

    @Override
    public List<Municipality> findByPostalCode(PostalCode postalCode) {
        return em.createNamedQuery(Municipality.FIND_BY_POSTAL_CODE, Municipality.class)
                .setParameter("postalCode", postalCode.digits())
                .getResultList();
    }

    @Override
    public boolean postalCodeExists(PostalCode postalCode) {
        return em.createNamedQuery(PostalArea.COUNT_BY_POSTAL_CODE, Long.class)
                        .setParameter("postalCode", postalCode.digits())
                        .getSingleResult()
                > 0;
    }

    @Override
    public List<String> findTowns(PostalCode postalCode) {
        return em.createNamedQuery(PostalArea.FIND_TOWNS, String.class)
                .setParameter("postalCode", postalCode.digits())
                .getResultList();
    }

    @Override
    public List<Municipality> findByNameOrKana(MunicipalityNameQuery query, int limit) {
        return em.createNamedQuery(Municipality.FIND_BY_NAME_OR_KANA, Municipality.class)
                .setParameter("pattern", query.containsPattern())
                .setMaxResults(limit)
                .getResultList();
    }

    @Override
    public List<Municipality> findByPrefecture(String prefecture) {
        return em.createNamedQuery(Municipality.FIND_BY_PREFECTURE, Municipality.class)
                .setParameter("prefecture", prefecture)
                .getResultList();
    }

    @Override
    public List<Municipality> findPrefectures() {
        return em.createNamedQuery(Municipality.FIND_PREFECTURES, Municipality.class)
                .getResultList();
    }
}
