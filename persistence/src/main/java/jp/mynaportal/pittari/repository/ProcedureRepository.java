package jp.mynaportal.pittari.repository;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import jp.mynaportal.pittari.model.CategoryCount;
import jp.mynaportal.pittari.model.MunicipalProcedure;
import jp.mynaportal.pittari.model.ProcedureCategory;
import jp.mynaportal.pittari.model.ProcedureTemplate;

/** The national templates and each municipality's procedures. */
public interface ProcedureRepository {

    /** All national templates, by id. */
    List<ProcedureTemplate> findAllTemplates();

    /** A procedure by id, published or withdrawn. */
    Optional<MunicipalProcedure> findById(long id);

    /** The published procedures of one municipality or ward, by id. */
    List<MunicipalProcedure> findPublished(String lgCode);

    /** The published procedures of one municipality in the given categories, by id. */
    List<MunicipalProcedure> findPublished(String lgCode, Set<ProcedureCategory> categories);

    /** The published procedures of several municipalities, by id. */
    List<MunicipalProcedure> findPublished(Collection<String> lgCodes);

    /** The number of published procedures per category of one municipality; categories it lacks are absent. */
    List<CategoryCount> countPublishedByCategory(String lgCode);

    /** Published procedures whose searchable texts are their own: local ones and rewritten ones. */
    List<MunicipalProcedure> findPublishedWithOwnText();

    /** The number of published procedures in the whole catalogue. */
    long countPublished();

    /** Stores a new procedure (the id comes from the sequence). */
    void add(MunicipalProcedure procedure);
}
