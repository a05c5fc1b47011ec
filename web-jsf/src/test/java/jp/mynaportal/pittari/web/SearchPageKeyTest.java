package jp.mynaportal.pittari.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;

class SearchPageKeyTest {

    @Test
    void theOrderOfTheCategoriesDoesNotMakeAnotherPage() {
        assertThat(SearchPageKey.of(
                        "ja", Map.of("lg", new String[] {"131105"}, "c", new String[] {"HEALTH", "CHILDCARE"})))
                .isEqualTo(SearchPageKey.of(
                        "ja", Map.of("lg", new String[] {"131105"}, "c", new String[] {"CHILDCARE", "HEALTH"})));
    }

    @Test
    void theLanguageIsPartOfThePage() {
        Map<String, String[]> search = Map.of("lg", new String[] {"131105"}, "mode", new String[] {"keyword"});
        assertThat(SearchPageKey.of("ja", search)).isNotEqualTo(SearchPageKey.of("en", search));
    }

    @Test
    void keywordsAndMunicipalitiesMakeDifferentPages() {
        assertThat(SearchPageKey.of("ja", Map.of("lg", new String[] {"131105"}, "q", new String[] {"こそだて"})))
                .isNotEqualTo(SearchPageKey.of("ja", Map.of("lg", new String[] {"131105"}, "q", new String[] {"介護"})))
                .isNotEqualTo(
                        SearchPageKey.of("ja", Map.of("lg", new String[] {"011011"}, "q", new String[] {"こそだて"})));
    }

    @Test
    void anAbsentParameterIsNotTheSameAsAnEmptyOne() {
        assertThat(SearchPageKey.of("ja", Map.of("lg", new String[] {"131105"}, "mode", new String[] {"keyword"})))
                .isNotEqualTo(SearchPageKey.of(
                        "ja",
                        Map.of("lg", new String[] {"131105"}, "mode", new String[] {"keyword"}, "q", new String[] {""
                        })));
    }

    @Test
    void tickedProceduresAndApplyAreRenderedForTheRequest() {
        assertThat(SearchPageKey.of("ja", Map.of("lg", new String[] {"131105"}, "p", new String[] {"54003"})))
                .isEmpty();
        assertThat(SearchPageKey.of("ja", Map.of("lg", new String[] {"131105"}, "apply", new String[] {"1"})))
                .isEmpty();
        assertThat(SearchPageKey.of("ja", Map.of("lg", new String[] {"131105"}, "select", new String[] {"all"})))
                .isEmpty();
    }

    @Test
    void unknownRepeatedOrOverlongParametersAreRenderedForTheRequest() {
        assertThat(SearchPageKey.of("ja", Map.of("lg", new String[] {"131105"}, "utm", new String[] {"x"})))
                .isEmpty();
        assertThat(SearchPageKey.of("ja", Map.of("lg", new String[] {"131105", "011011"})))
                .isEmpty();
        assertThat(SearchPageKey.of("ja", Map.of("q", new String[] {"あ".repeat(101)})))
                .isEmpty();
    }
}
