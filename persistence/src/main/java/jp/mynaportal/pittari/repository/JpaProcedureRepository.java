package jp.mynaportal.pittari.repository;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import jp.mynaportal.pittari.model.CategoryCount;
import jp.mynaportal.pittari.model.MunicipalProcedure;
import jp.mynaportal.pittari.model.ProcedureCategory;
import jp.mynaportal.pittari.model.ProcedureTemplate;

/** {@link ProcedureRepository} over JPA named queries. */
@ApplicationScoped
public class JpaProcedureRepository implements ProcedureRepository {

    @PersistenceContext(unitName = "mynaportal")
    private EntityManager em;

    public JpaProcedureRepository() {
        // for CDI
    }

    /** For use outside a container (benchmarks), with an application-managed entity manager. */
    public JpaProcedureRepository(EntityManager em) {
        this.em = Objects.requireNonNull(em, "em");
    }

    @Override
    public List<ProcedureTemplate> findAllTemplates() {
        return em.createNamedQuery(ProcedureTemplate.FIND_ALL, ProcedureTemplate.class)
                .getResultList();
    }

    @Override
    public Optional<MunicipalProcedure> findById(long id) {
        return Optional.ofNullable(em.find(MunicipalProcedure.class, id));
    }

    @Override
    public List<MunicipalProcedure> findPublished(String lgCode) {
        return em.createNamedQuery(MunicipalProcedure.FIND_PUBLISHED_BY_MUNICIPALITY, MunicipalProcedure.class)
                .setParameter("lgCode", lgCode)
                .getResultList();
    }

    @Override
    public List<MunicipalProcedure> findPublished(String lgCode, Set<ProcedureCategory> categories) {
        if (categories.isEmpty()) {
            return List.of();
        }
        return em.createNamedQuery(
                        MunicipalProcedure.FIND_PUBLISHED_BY_MUNICIPALITY_AND_CATEGORIES, MunicipalProcedure.class)
                .setParameter("lgCode", lgCode)
                .setParameter("categories", List.copyOf(categories))
                .getResultList();
    }

    @Override
    public List<MunicipalProcedure> findPublished(Collection<String> lgCodes) {
        if (lgCodes.isEmpty()) {
            return List.of();
        }
        return em.createNamedQuery(MunicipalProcedure.FIND_PUBLISHED_BY_MUNICIPALITIES, MunicipalProcedure.class)
                .setParameter("lgCodes", List.copyOf(lgCodes))
                .getResultList();
    }

    @Override
    public List<CategoryCount> countPublishedByCategory(String lgCode) {
        return em
                .createNamedQuery(MunicipalProcedure.COUNT_PUBLISHED_BY_CATEGORY, Object[].class)
                .setParameter("lgCode", lgCode)
                .getResultList()
                .stream()
                .map(row -> new CategoryCount((ProcedureCategory) row[0], ((Number) row[1]).longValue()))
                .toList();
    }

    @Override
    public List<MunicipalProcedure> findPublishedWithOwnText() {
        return em.createNamedQuery(MunicipalProcedure.FIND_PUBLISHED_WITH_OWN_TEXT, MunicipalProcedure.class)
                .getResultList();
    }

    @Override
    public long countPublished() {
        return em.createNamedQuery(MunicipalProcedure.COUNT_PUBLISHED, Long.class)
                .getSingleResult();
    }

    @Override
    public void add(MunicipalProcedure procedure) {
        em.persist(procedure);
    }
}
