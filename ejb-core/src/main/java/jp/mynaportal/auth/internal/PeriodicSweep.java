package jp.mynaportal.auth.internal;

import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Says when a clean-up of outdated rows is due on this node: on the first call, then at most once
 * per interval. Challenges and login sessions deleted their outdated rows with every challenge and
 * every login, one more DELETE in each request; the rows left a little longer are refused by their
 * own checks (an expired challenge stays expired) and go with the next sweep.
 */
final class PeriodicSweep {

    private final long intervalMillis;
    private final AtomicLong nextDue = new AtomicLong(Long.MIN_VALUE);

    PeriodicSweep(Duration interval) {
        this.intervalMillis = interval.toMillis();
    }

    /** Whether the caller should sweep now; true for exactly one caller per interval. */
    boolean due(Instant now) {
        long at = now.toEpochMilli();
        long next = nextDue.get();
        return at >= next && nextDue.compareAndSet(next, at + intervalMillis);
    }
}
