package jp.mynaportal.counter.internal;

import jakarta.enterprise.context.ApplicationScoped;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.eclipse.microprofile.config.ConfigProvider;

/**
 * The residents' password entries that counter staff started and nobody finished yet: a random
 * handle names the staff member, the reader and the resident, until {@code
 * mynaportal.counter.pin-entry-seconds} (300) pass. The entry screen runs on the terminal whose
 * reader holds the card, so this node's memory holds them.
 */
@ApplicationScoped
public class PendingPinEntries {

    /** The default lifetime of an entry. */
    static final Duration LIFETIME = Duration.ofMinutes(5);

    private static final SecureRandom RANDOM = new SecureRandom();

    /** A started entry. */
    record Pending(String staffId, String readerName, String residentId, String lgCode, Instant expiresAt) {}

    private final Map<String, Pending> entries = new ConcurrentHashMap<>();

    /** A new entry; answers its handle. */
    String start(String staffId, String readerName, String residentId, String lgCode, Instant now) {
        entries.values().removeIf(p -> !now.isBefore(p.expiresAt()));
        byte[] random = new byte[24];
        RANDOM.nextBytes(random);
        String handle = Base64.getUrlEncoder().withoutPadding().encodeToString(random);
        entries.put(handle, new Pending(staffId, readerName, residentId, lgCode, now.plus(lifetime())));
        return handle;
    }

    /** The open entry of a handle for this staff member, still valid at {@code now}; it stays open. */
    Optional<Pending> find(String handle, String staffId, Instant now) {
        Pending pending = handle == null ? null : entries.get(handle);
        if (pending == null || !pending.staffId().equals(staffId) || !now.isBefore(pending.expiresAt())) {
            return Optional.empty();
        }
        return Optional.of(pending);
    }

    /** Ends an entry (used). */
    void end(String handle) {
        entries.remove(handle);
    }

    static Duration lifetime() {
        return ConfigProvider.getConfig()
                .getOptionalValue("mynaportal.counter.pin-entry-seconds", Long.class)
                .map(Duration::ofSeconds)
                .orElse(LIFETIME);
    }
}
