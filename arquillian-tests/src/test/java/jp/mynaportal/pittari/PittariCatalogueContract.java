package jp.mynaportal.pittari;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.enterprise.inject.spi.CDI;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import javax.naming.InitialContext;
import javax.naming.NamingException;
import javax.sql.DataSource;
import jp.mynaportal.pittari.PittariSearchException.Reason;
import jp.mynaportal.pittari.model.CategoryCount;
import jp.mynaportal.pittari.model.ProcedureCategory;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * What the ぴったりサービス catalogue answers over the national catalogue, whatever the database:
 * each database's test class deploys the built portal on it and inherits these tests, which run
 * inside Payara Micro against the catalogue Flyway loaded.
 */
abstract class PittariCatalogueContract {

    private static final String MEGURO = "131105";
    private static final String SAPPORO_CHUO = "011011";
    private static final String TOKYO_PREFECTURE = "130001";

    private PittariCatalogueService catalogue;
    private PittariKeywordService keywords;
    private DataSource dataSource;

    /** Looks the services up as a view would get them (field injection is not applied to JUnit 5 tests here). */
    @BeforeEach
    void lookUp() throws NamingException {
        catalogue = CDI.current().select(PittariCatalogueService.class).get();
        keywords = CDI.current().select(PittariKeywordService.class).get();
        dataSource = InitialContext.doLookup("java:app/jdbc/mynaportal");
    }

    @Test
    void catalogueHoldsOverAHundredThousandProceduresOfEveryMunicipality() throws Exception {
        try (Connection connection = dataSource.getConnection();
                Statement statement = connection.createStatement();
                ResultSet rows =
                        statement.executeQuery("SELECT COUNT(*), COUNT(DISTINCT lg_code) FROM pittari_procedure")) {
            rows.next();
            assertThat(rows.getLong(1)).isGreaterThanOrEqualTo(100_000);
            assertThat(rows.getLong(2)).isGreaterThanOrEqualTo(1_900);
        }
    }

    @Test
    void categoriesOfAMunicipalityAreOnlyThoseItHasInTheHandbooksOrder() {
        List<CategoryCount> categories = catalogue.categoriesOf(MEGURO);
        assertThat(categories)
                .isNotEmpty()
                .allSatisfy(c -> assertThat(c.count()).isPositive());
        assertThat(categories).extracting(CategoryCount::category).isSorted();
    }

    @Test
    void countOfChosenCategoriesIsTheLengthOfTheirList() {
        Set<ProcedureCategory> chosen = EnumSet.of(ProcedureCategory.CHILDCARE, ProcedureCategory.HEALTH);
        List<ProcedureSummary> found = catalogue.findByCategories(MEGURO, chosen);
        assertThat(found).isNotEmpty().allSatisfy(p -> {
            assertThat(chosen).contains(p.category());
            assertThat(p.lgCode()).isEqualTo(MEGURO);
        });
        assertThat(catalogue.countByCategories(MEGURO, chosen)).isEqualTo(found.size());
    }

    @Test
    void countOfNoCategoryIsZero() {
        assertThat(catalogue.countByCategories(MEGURO, Set.of())).isZero();
        assertThat(catalogue.findByCategories(MEGURO, Set.of())).isEmpty();
    }

    @Test
    void listHoldsEveryProcedureOfTheMunicipalityOnceUnderItsCategory() {
        List<CategoryGroup> groups = catalogue.listByCategory(MEGURO);
        List<ProcedureSummary> listed =
                groups.stream().flatMap(g -> g.procedures().stream()).toList();
        assertThat(groups)
                .allSatisfy(g -> assertThat(g.procedures())
                        .allSatisfy(p -> assertThat(p.category()).isEqualTo(g.category())));
        assertThat(listed).extracting(ProcedureSummary::id).doesNotHaveDuplicates();
        assertThat(listed).hasSize((int) catalogue.countByCategories(MEGURO, EnumSet.allOf(ProcedureCategory.class)));
    }

    @Test
    void detailOfAListedProcedureSaysWhatAResidentNeeds() {
        ProcedureSummary first = catalogue
                .findByCategories(MEGURO, EnumSet.of(ProcedureCategory.CHILDCARE))
                .get(0);
        ProcedureDetail detail = catalogue.detail(first.id());
        assertThat(detail.municipalityName()).isEqualTo("東京都目黒区");
        assertThat(detail.text().name()).isEqualTo(first.name());
        assertThat(detail.online()).isEqualTo(first.online());
        assertThat(detail.submitTo()).startsWith("東京都目黒区 ");
        assertThat(List.of(
                        detail.text().eligibility(),
                        detail.text().requiredDocuments(),
                        detail.text().fee()))
                .allSatisfy(text -> assertThat(text).isNotBlank());
        assertThat(detail.withdrawn()).isFalse();
    }

    @Test
    void unknownProcedureIsRefusedWithItsReason() {
        assertThatThrownBy(() -> catalogue.detail(-1))
                .isInstanceOfSatisfying(
                        PittariSearchException.class,
                        e -> assertThat(e.reason()).isEqualTo(Reason.PROCEDURE_UNKNOWN));
    }

    @Test
    void unknownMunicipalityAndPrefectureAreRefused() {
        assertThatThrownBy(() -> catalogue.categoriesOf("999999"))
                .isInstanceOfSatisfying(
                        PittariSearchException.class,
                        e -> assertThat(e.reason()).isEqualTo(Reason.MUNICIPALITY_UNKNOWN));
        assertThatThrownBy(() -> catalogue.categoriesOf(TOKYO_PREFECTURE))
                .isInstanceOfSatisfying(
                        PittariSearchException.class,
                        e -> assertThat(e.reason()).isEqualTo(Reason.MUNICIPALITY_UNKNOWN));
    }

    @Test
    void comparisonHasACellPerMunicipalityMatchingEachCatalogue() {
        RegionComparison comparison = catalogue.compare(List.of(MEGURO, SAPPORO_CHUO));
        assertThat(comparison.municipalities()).extracting(m -> m.getLgCode()).containsExactly(MEGURO, SAPPORO_CHUO);
        assertThat(comparison.rows()).allSatisfy(row -> assertThat(row.cells()).hasSize(2));
        List<Long> meguroInComparison = comparison.rows().stream()
                .map(row -> row.cells().get(0))
                .filter(RegionComparison.Cell::exists)
                .map(RegionComparison.Cell::procedureId)
                .toList();
        List<Long> meguroListed = catalogue.listByCategory(MEGURO).stream()
                .flatMap(g -> g.procedures().stream())
                .map(ProcedureSummary::id)
                .toList();
        assertThat(meguroInComparison).containsExactlyInAnyOrderElementsOf(meguroListed);
        assertThat(comparison.rows())
                .anySatisfy(row -> assertThat(row.cells().get(0).online())
                        .isNotEqualTo(row.cells().get(1).online()));
    }

    @Test
    void comparisonNeedsTwoToFourDifferentMunicipalities() {
        assertThatThrownBy(() -> catalogue.compare(List.of(MEGURO)))
                .isInstanceOfSatisfying(
                        PittariSearchException.class,
                        e -> assertThat(e.reason()).isEqualTo(Reason.COMPARISON_SIZE));
        assertThatThrownBy(() -> catalogue.compare(List.of(MEGURO, SAPPORO_CHUO, "011029", "011037", "011045")))
                .isInstanceOfSatisfying(
                        PittariSearchException.class,
                        e -> assertThat(e.reason()).isEqualTo(Reason.COMPARISON_SIZE));
        assertThatThrownBy(() -> catalogue.compare(List.of(MEGURO, MEGURO)))
                .isInstanceOfSatisfying(
                        PittariSearchException.class,
                        e -> assertThat(e.reason()).isEqualTo(Reason.COMPARISON_DUPLICATE));
    }

    @Test
    void keywordInKanaFindsTheSameProceduresAsInKanjiWithTheMatchesMarked() {
        List<KeywordHit> kana = keywords.search(MEGURO, "こそだて");
        List<KeywordHit> kanji = keywords.search(MEGURO, "子育て");
        assertThat(kana).isNotEmpty();
        assertThat(kana)
                .extracting(h -> h.procedure().id())
                .containsExactlyInAnyOrderElementsOf(
                        kanji.stream().map(h -> h.procedure().id()).toList());
        assertThat(kana).allSatisfy(h -> assertThat(h.procedure().lgCode()).isEqualTo(MEGURO));
        assertThat(kana.stream().flatMap(h -> h.name().matches().stream())).contains("子育て");
    }

    @Test
    void keywordNamingACategoryFindsEveryProcedureOfThatCategory() {
        List<Long> category = catalogue.findByCategories(MEGURO, EnumSet.of(ProcedureCategory.CHILDCARE)).stream()
                .map(ProcedureSummary::id)
                .toList();
        assertThat(category).hasSizeGreaterThanOrEqualTo(20);
        assertThat(keywords.search(MEGURO, "子育て"))
                .extracting(h -> h.procedure().id())
                .containsAll(category);
    }

    @Test
    void everydayWordFindsTheCatalogueWord() {
        assertThat(keywords.search(MEGURO, "保育園"))
                .extracting(h -> h.name().text())
                .anyMatch(name -> name.contains("保育"));
    }

    @Test
    void englishKeywordFindsProceduresWithTheirEnglishTextsMarked() {
        List<KeywordHit> hits = keywords.search(MEGURO, "child");
        assertThat(hits).isNotEmpty();
        assertThat(hits)
                .extracting(h -> h.procedure().englishName())
                .contains("Child allowance: application for certification");
        assertThat(hits.get(0).englishName().matches()).anyMatch(m -> m.equalsIgnoreCase("child"));
    }

    @Test
    void detailCarriesTheTemplatesEnglishTexts() {
        ProcedureSummary first = catalogue
                .findByCategories(MEGURO, EnumSet.of(ProcedureCategory.CHILDCARE))
                .get(0);
        ProcedureDetail detail = catalogue.detail(first.id());
        assertThat(detail.nameIn("en")).isEqualTo(first.englishName()).isNotEqualTo(detail.nameIn("ja"));
        assertThat(detail.japaneseOnlyIn("en")).isFalse();
        assertThat(List.of(
                        detail.eligibilityIn("en"),
                        detail.documentsIn("en"),
                        detail.departmentIn("en"),
                        detail.feeIn("en")))
                .allSatisfy(text -> {
                    assertThat(text.lang()).isEqualTo("en");
                    assertThat(text.text()).doesNotContainPattern("[\\p{IsHan}\\p{IsHiragana}\\p{IsKatakana}]");
                });
        assertThat(detail.eligibilityIn("ja"))
                .isEqualTo(new ShownText(detail.text().eligibility(), "ja"));
    }

    @Test
    void emptyKeywordIsRefusedWithItsReason() {
        assertThatThrownBy(() -> keywords.search(MEGURO, "  "))
                .isInstanceOfSatisfying(
                        PittariSearchException.class,
                        e -> assertThat(e.reason()).isEqualTo(Reason.KEYWORD_EMPTY));
    }
}
