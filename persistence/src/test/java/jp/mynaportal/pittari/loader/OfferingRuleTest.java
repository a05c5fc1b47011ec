package jp.mynaportal.pittari.loader;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import jp.mynaportal.pittari.model.ProcedureCategory;
import org.junit.jupiter.api.Test;

class OfferingRuleTest {

    private static final List<TemplateDefinition> TEMPLATES = TemplateCatalogue.load();

    @Test
    void generatesTheSameCatalogueTwice() {
        assertThat(NationalCatalogue.offerings()).isEqualTo(NationalCatalogue.offerings());
    }

    @Test
    void generatesAtLeast100000MunicipalityProcedures() {
        assertThat(NationalCatalogue.offerings()).hasSizeGreaterThanOrEqualTo(100_000);
    }

    @Test
    void givesEveryMunicipalityAndWardSomeProcedures() {
        Set<String> offering =
                NationalCatalogue.offerings().stream().map(Offering::lgCode).collect(Collectors.toSet());

        assertThat(offering)
                .containsAll(NationalCatalogue.municipalities().stream()
                        .map(CatalogueMunicipality::lgCode)
                        .toList());
    }

    @Test
    void categoriesVaryBetweenMunicipalities() {
        Map<String, Set<ProcedureCategory>> categories = NationalCatalogue.offerings().stream()
                .collect(Collectors.groupingBy(
                        Offering::lgCode,
                        Collectors.mapping(
                                o -> category(o.templateId()),
                                Collectors.toCollection(() -> EnumSet.noneOf(ProcedureCategory.class)))));

        assertThat(new HashSet<>(categories.values())).hasSizeGreaterThan(1);
    }

    @Test
    void procedureSetsVaryBetweenMunicipalities() {
        Map<String, Set<String>> sets = NationalCatalogue.offerings().stream()
                .collect(Collectors.groupingBy(
                        Offering::lgCode, Collectors.mapping(Offering::templateId, Collectors.toSet())));

        assertThat(new HashSet<>(sets.values())).hasSizeGreaterThan(100);
    }

    @Test
    void aWardOffersWhatItsDesignatedCityOffers() {
        CatalogueMunicipality city = CatalogueMunicipality.of("141003", "横浜市", false, null, true);
        CatalogueMunicipality ward = CatalogueMunicipality.of("141011", "横浜市鶴見区", true, "141003", false);

        assertThat(OfferingRule.offerings(ward, TEMPLATES))
                .extracting(Offering::templateId, Offering::online)
                .isEqualTo(OfferingRule.offerings(city, TEMPLATES).stream()
                        .map(o -> org.assertj.core.groups.Tuple.tuple(o.templateId(), o.online()))
                        .toList());
    }

    @Test
    void everyMunicipalityOffersTheMovingOneStopOnline() {
        CatalogueMunicipality village = CatalogueMunicipality.of("013030", "当別村", false, null, false);

        assertThat(OfferingRule.offerings(village, TEMPLATES))
                .filteredOn(o -> o.templateId().equals("R003"))
                .singleElement()
                .satisfies(o -> assertThat(o.online()).isTrue());
    }

    @Test
    void counterOnlyProceduresAreNeverOnline() {
        assertThat(NationalCatalogue.offerings())
                .filteredOn(o -> o.templateId().equals("R013"))
                .isNotEmpty()
                .noneMatch(Offering::online);
    }

    @Test
    void onlineAvailabilityVariesForTheSameTemplate() {
        assertThat(NationalCatalogue.offerings().stream()
                        .filter(o -> o.templateId().equals("G001"))
                        .map(Offering::online)
                        .distinct())
                .containsExactlyInAnyOrder(true, false);
    }

    @Test
    void villagesOfferFewerProceduresThanDesignatedCitiesOnAverage() {
        Map<CatalogueMunicipality.Size, Double> average = NationalCatalogue.municipalities().stream()
                .collect(Collectors.groupingBy(
                        CatalogueMunicipality::size,
                        Collectors.averagingInt(
                                m -> OfferingRule.offerings(m, TEMPLATES).size())));

        assertThat(average.get(CatalogueMunicipality.Size.VILLAGE))
                .isLessThan(average.get(CatalogueMunicipality.Size.DESIGNATED_CITY));
    }

    private static ProcedureCategory category(String templateId) {
        return TEMPLATES.stream()
                .filter(t -> t.id().equals(templateId))
                .findFirst()
                .orElseThrow()
                .category();
    }
}
