package jp.mynaportal.platform.web;

import java.time.Clock;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * How often one client address may ask for login challenges and send login attempts: a token
 * bucket per address that holds {@code perMinute} requests and refills at that rate. The number of
 * addresses remembered is bounded; when it is reached, the buckets that are full again are
 * forgotten (and if none is, the oldest ones).
 */
public final class LoginRateLimit {

    static final int MAX_ADDRESSES = 10_000;

    private final int perMinute;
    private final Clock clock;
    private final Map<String, Bucket> buckets = new ConcurrentHashMap<>();

    public LoginRateLimit(int perMinute, Clock clock) {
        if (perMinute < 1) {
            throw new IllegalArgumentException("perMinute must be at least 1");
        }
        this.perMinute = perMinute;
        this.clock = clock;
    }

    /**
     * Takes one request of this address: 0 if it may go on, else the whole seconds after which the
     * next one would be accepted (for {@code Retry-After}).
     */
    public long take(String address) {
        long now = clock.millis();
        if (buckets.size() >= MAX_ADDRESSES && !buckets.containsKey(address)) {
            forgetIdle(now);
        }
        Bucket bucket = buckets.computeIfAbsent(address, a -> new Bucket(perMinute, now));
        synchronized (bucket) {
            bucket.refill(now, perMinute);
            if (bucket.tokens >= 1) {
                bucket.tokens -= 1;
                return 0;
            }
            double millisPerToken = 60_000.0 / perMinute;
            return Math.max(1, (long) Math.ceil((1 - bucket.tokens) * millisPerToken / 1000.0));
        }
    }

    private void forgetIdle(long now) {
        buckets.entrySet().removeIf(e -> {
            synchronized (e.getValue()) {
                e.getValue().refill(now, perMinute);
                return e.getValue().tokens >= perMinute;
            }
        });
        if (buckets.size() >= MAX_ADDRESSES) {
            buckets.entrySet().stream()
                    .sorted(Map.Entry.comparingByValue(java.util.Comparator.comparingLong(b -> b.updated)))
                    .limit(MAX_ADDRESSES / 10)
                    .map(Map.Entry::getKey)
                    .toList()
                    .forEach(buckets::remove);
        }
    }

    private static final class Bucket {
        double tokens;
        long updated;

        Bucket(int tokens, long now) {
            this.tokens = tokens;
            this.updated = now;
        }

        void refill(long now, int perMinute) {
            if (now > updated) {
                tokens = Math.min(perMinute, tokens + (now - updated) * perMinute / 60_000.0);
                updated = now;
            }
        }
    }
}
