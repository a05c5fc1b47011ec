package jp.mynaportal.auth.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class PeriodicSweepTest {

    private static final Instant START = Instant.parse("2026-12-04T10:00:00Z");

    @Test
    void theFirstCallSweeps() {
        assertThat(new PeriodicSweep(Duration.ofSeconds(10)).due(START)).isTrue();
    }

    @Test
    void noSecondSweepWithinTheInterval() {
        PeriodicSweep sweep = new PeriodicSweep(Duration.ofSeconds(10));
        sweep.due(START);

        assertThat(sweep.due(START.plusMillis(9_999))).isFalse();
    }

    @Test
    void theNextSweepIsDueOnceTheIntervalHasPassed() {
        PeriodicSweep sweep = new PeriodicSweep(Duration.ofSeconds(10));
        sweep.due(START);

        assertThat(sweep.due(START.plusSeconds(10))).isTrue();
    }
}
