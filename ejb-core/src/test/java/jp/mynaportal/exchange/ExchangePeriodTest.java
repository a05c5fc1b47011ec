package jp.mynaportal.exchange;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** The rule of a 対象期間: which periods pass and which message key names each problem. */
class ExchangePeriodTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 12, 2);
    private static final LocalDate EARLIEST = TODAY.minusYears(7);

    private static ExchangePeriod.Check check(String from, String to) {
        return ExchangePeriod.check(from, to, TODAY, EARLIEST);
    }

    @Test
    void aPeriodWithinTheKeptYearsEndingTodayPasses() {
        ExchangePeriod.Check check = check("2025-12-02", "2026-12-02");
        assertThat(check.valid()).isTrue();
        assertThat(check.period()).isEqualTo(new ExchangePeriod(LocalDate.of(2025, 12, 2), TODAY));
    }

    @Test
    void aSingleDayPasses() {
        assertThat(check("2026-11-30", "2026-11-30").valid()).isTrue();
    }

    @Test
    void missingDatesAreNamedPerField() {
        assertThat(check(" ", null).problems())
                .containsEntry("from", "exchange.period.from.required")
                .containsEntry("to", "exchange.period.to.required");
    }

    @Test
    void aDateThatDoesNotExistIsInvalid() {
        assertThat(check("2026-02-30", "2026/03/01").problems())
                .containsEntry("from", "exchange.period.from.invalid")
                .containsEntry("to", "exchange.period.to.invalid");
    }

    @Test
    void anEndInTheFutureIsRefused() {
        assertThat(check("2026-12-01", "2026-12-03").problems())
                .containsOnlyKeys("to")
                .containsEntry("to", "exchange.period.to.future");
    }

    @Test
    void aStartInTheFutureIsRefused() {
        assertThat(check("2026-12-03", "2026-12-04").problems()).containsEntry("from", "exchange.period.from.future");
    }

    @Test
    void anEndBeforeTheStartIsRefusedAtTheEnd() {
        assertThat(check("2026-11-02", "2026-11-01").problems())
                .containsOnlyKeys("to")
                .containsEntry("to", "exchange.period.to.order");
    }

    @Test
    void aStartBeforeTheKeptYearsIsRefused() {
        assertThat(check("2019-12-01", "2026-01-01").problems())
                .containsOnlyKeys("from")
                .containsEntry("from", "exchange.period.from.tooOld");
        assertThat(check("2019-12-02", "2026-01-01").valid()).isTrue();
    }

    @Test
    void thePeriodCoversWholeJapaneseDays() {
        ExchangePeriod period = new ExchangePeriod(LocalDate.of(2026, 1, 1), LocalDate.of(2026, 1, 31));
        assertThat(period.start()).hasToString("2025-12-31T15:00:00Z");
        assertThat(period.end()).hasToString("2026-01-31T15:00:00Z");
    }
}
