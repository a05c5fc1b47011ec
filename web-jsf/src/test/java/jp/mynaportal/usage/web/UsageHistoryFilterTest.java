package jp.mynaportal.usage.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import jp.mynaportal.usage.UsageKind;
import jp.mynaportal.usage.UsageQuery;
import org.junit.jupiter.api.Test;

class UsageHistoryFilterTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 12, 2);

    @Test
    void showsTheLast90DaysOfEveryKindWhenNothingIsChosen() {
        UsageHistoryFilter filter = UsageHistoryFilter.of(null, "", List.of(), null, TODAY);
        UsageQuery query = filter.pageQuery(UsageHistoryFilter.PAGE_SIZE);
        assertThat(filter.from()).isEqualTo("2026-09-03");
        assertThat(query.to()).isEqualTo(Instant.parse("2026-12-02T15:00:00Z"));
        assertThat(query.kinds()).containsExactlyInAnyOrder(UsageKind.values());
    }

    @Test
    void takesWholeJapaneseDaysWithBothEndsIncluded() {
        UsageQuery query = UsageHistoryFilter.of("2026-11-01", "2026-11-01", List.of("login"), "2", TODAY)
                .pageQuery(UsageHistoryFilter.PAGE_SIZE);
        assertThat(query.from()).isEqualTo(Instant.parse("2026-10-31T15:00:00Z"));
        assertThat(query.to()).isEqualTo(Instant.parse("2026-11-01T15:00:00Z"));
        assertThat(query.kinds()).containsExactly(UsageKind.LOGIN);
        assertThat(query.page()).isEqualTo(1);
    }

    @Test
    void keepsABadDateAsTypedAndNamesTheField() {
        UsageHistoryFilter filter = UsageHistoryFilter.of("2026-13-01", null, List.of(), null, TODAY);
        assertThat(filter.valid()).isFalse();
        assertThat(filter.from()).isEqualTo("2026-13-01");
        assertThat(filter.errors()).isEqualTo(Map.of("from", "usage.history.invalidDate"));
    }

    @Test
    void refusesAnEndBeforeTheStart() {
        UsageHistoryFilter filter = UsageHistoryFilter.of("2026-11-02", "2026-11-01", List.of(), null, TODAY);
        assertThat(filter.errors()).isEqualTo(Map.of("to", "usage.history.periodOrder"));
    }

    @Test
    void ignoresUnknownKindsAndPages() {
        UsageHistoryFilter filter = UsageHistoryFilter.of(null, null, List.of("nonsense"), "-3", TODAY);
        assertThat(filter.kinds()).containsExactlyInAnyOrder(UsageKind.values());
        assertThat(filter.page()).isEqualTo(1);
    }
}
