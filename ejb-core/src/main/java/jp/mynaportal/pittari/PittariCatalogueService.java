package jp.mynaportal.pittari;

import java.util.List;
import java.util.Set;
import jp.mynaportal.pittari.model.CategoryCount;
import jp.mynaportal.pittari.model.ProcedureCategory;

/**
 * The catalogue of one municipality as handbook 3-C shows it. Municipalities are named by their
 * 6-digit local-government code; an unknown one (or a prefecture) is refused with
 * {@link PittariSearchException.Reason#MUNICIPALITY_UNKNOWN}.
 */
public interface PittariCatalogueService {

    /** The categories the municipality has (only those), in the handbook's order, with their counts. */
    List<CategoryCount> categoriesOf(String lgCode);

    /** 該当件数: how many procedures the municipality has in the chosen categories (0 for none chosen). */
    long countByCategories(String lgCode, Set<ProcedureCategory> categories);

    /** ぴったり検索: the municipality's procedures in the chosen categories, by category then catalogue order. */
    List<ProcedureSummary> findByCategories(String lgCode, Set<ProcedureCategory> categories);

    /** 一覧から検索: all of the municipality's procedures, grouped by category in the handbook's order. */
    List<CategoryGroup> listByCategory(String lgCode);

    /**
     * 手続詳細 of one procedure page.
     *
     * @throws PittariSearchException with {@code PROCEDURE_UNKNOWN} when no procedure has the id
     */
    ProcedureDetail detail(long procedureId);

    /**
     * 地域比較 of two to four different municipalities.
     *
     * @throws PittariSearchException with {@code COMPARISON_SIZE}, {@code COMPARISON_DUPLICATE} or
     *         {@code MUNICIPALITY_UNKNOWN}
     */
    RegionComparison compare(List<String> lgCodes);
}
