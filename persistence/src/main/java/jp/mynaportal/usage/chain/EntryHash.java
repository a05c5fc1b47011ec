package jp.mynaportal.usage.chain;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.HexFormat;

/**
 * The SHA-256 hash of one usage-log entry over a canonical encoding of its position, the hash of
 * the entry before it and every recorded value, so that changing, removing or reordering an entry
 * breaks the chain. Each value is written as its UTF-8 length, a colon and the bytes (a null as
 * {@code -}), so no two different entries encode alike.
 */
public final class EntryHash {

    /** The "previous hash" of the first entry. */
    public static final String GENESIS = "0".repeat(64);

    private static final String VERSION = "mynaportal-usage-log-v1";

    private EntryHash() {}

    /** The hex hash of an entry with these values at position {@code seq} after {@code previousHash}. */
    public static String of(
            long seq,
            String previousHash,
            Instant occurredAt,
            String subject,
            String actor,
            String actorOrganisation,
            String action,
            String result,
            String terminal,
            String purpose) {
        StringBuilder canonical = new StringBuilder(VERSION);
        for (String value : new String[] {
            Long.toString(seq),
            previousHash,
            occurredAt.toString(),
            subject,
            actor,
            actorOrganisation,
            action,
            result,
            terminal,
            purpose
        }) {
            canonical.append('\n');
            if (value == null) {
                canonical.append('-');
            } else {
                canonical
                        .append(value.getBytes(StandardCharsets.UTF_8).length)
                        .append(':')
                        .append(value);
            }
        }
        return sha256(canonical.toString());
    }

    static String sha256(String text) {
        try {
            return HexFormat.of()
                    .formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Every Java runtime has SHA-256", e);
        }
    }
}
