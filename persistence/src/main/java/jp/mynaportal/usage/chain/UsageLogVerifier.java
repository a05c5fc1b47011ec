package jp.mynaportal.usage.chain;

import java.security.PublicKey;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Map;
import java.util.Objects;

/**
 * Walks the usage-log chain in order over plain JDBC (inside the portal and from the operator
 * command alike): every position from 1 without a gap, every entry's link to the one before,
 * every entry's hash recomputed from its values, and every signed checkpoint (signature by a
 * trusted key, and the chain still holding that entry with that hash, so that a removed tail is
 * found). Names the first broken entry.
 */
public final class UsageLogVerifier {

    private static final String ENTRIES =
            "SELECT chain_seq, previous_hash, entry_hash, occurred_at, resident_id, actor_id, actor_org, action,"
                    + " result, terminal, purpose, id FROM usage_log ORDER BY chain_seq";
    private static final String CHECKPOINTS =
            "SELECT chain_seq, entry_hash, signed_at, key_id, signature, id FROM usage_log_checkpoint ORDER BY chain_seq, id";

    private final Map<String, PublicKey> trustedKeys;

    /** @param trustedKeys the public keys a checkpoint may be signed with, by key id */
    public UsageLogVerifier(Map<String, PublicKey> trustedKeys) {
        this.trustedKeys = Map.copyOf(trustedKeys);
    }

    /** The whole chain and every checkpoint. */
    public Verification verify(Connection connection) throws SQLException {
        Deque<Checkpoint> checkpoints = checkpoints(connection);
        int checkpointCount = checkpoints.size();
        for (Checkpoint checkpoint : checkpoints) {
            String problem = checkpoint.signatureProblem(trustedKeys);
            if (problem != null) {
                return Verification.broken(0, checkpointCount, checkpoint.seq, problem);
            }
        }
        long expected = 1;
        String previous = EntryHash.GENESIS;
        try (PreparedStatement query = connection.prepareStatement(ENTRIES)) {
            query.setFetchSize(1000);
            ResultSet rows = query.executeQuery();
            while (rows.next()) {
                long seq = rows.getLong(1);
                long id = rows.getLong(12);
                if (seq != expected) {
                    return Verification.broken(
                            expected - 1,
                            checkpointCount,
                            expected,
                            "entry " + expected + " is missing (the next entry is " + seq + ", id " + id + ")");
                }
                if (!previous.equals(rows.getString(2))) {
                    return Verification.broken(
                            expected - 1,
                            checkpointCount,
                            seq,
                            "entry " + seq + " (id " + id + ") does not link to the entry before it");
                }
                String recomputed = EntryHash.of(
                        seq,
                        previous,
                        rows.getObject(4, OffsetDateTime.class).toInstant(),
                        rows.getString(5),
                        rows.getString(6),
                        rows.getString(7),
                        rows.getString(8),
                        rows.getString(9),
                        rows.getString(10),
                        rows.getString(11));
                if (!recomputed.equals(rows.getString(3))) {
                    return Verification.broken(
                            expected - 1,
                            checkpointCount,
                            seq,
                            "entry " + seq + " (id " + id + ") was changed: its values no longer give its hash");
                }
                while (!checkpoints.isEmpty() && checkpoints.peekFirst().seq == seq) {
                    Checkpoint checkpoint = checkpoints.removeFirst();
                    if (!checkpoint.entryHash.equals(recomputed)) {
                        return Verification.broken(
                                seq,
                                checkpointCount,
                                seq,
                                "entry " + seq + " (id " + id + ") is not the entry checkpoint " + checkpoint.id
                                        + " signed");
                    }
                }
                previous = recomputed;
                expected++;
            }
        }
        if (!checkpoints.isEmpty()) {
            Checkpoint lost = checkpoints.peekFirst();
            return Verification.broken(
                    expected - 1,
                    checkpointCount,
                    expected,
                    "the log ends at entry " + (expected - 1) + " but checkpoint " + lost.id + " signed entry "
                            + lost.seq + " on " + lost.signedAt + ": the tail of the log was removed");
        }
        return new Verification(expected - 1, checkpointCount, 0, null);
    }

    /**
     * Only the latest checkpoint, cheaply (for the start-up check): its signature and the entry it
     * signed, recomputed.
     */
    public Verification verifyLatestCheckpoint(Connection connection) throws SQLException {
        Deque<Checkpoint> checkpoints = checkpoints(connection);
        if (checkpoints.isEmpty()) {
            return new Verification(0, 0, 0, null);
        }
        Checkpoint latest = checkpoints.peekLast();
        String problem = latest.signatureProblem(trustedKeys);
        if (problem != null) {
            return Verification.broken(0, 1, latest.seq, problem);
        }
        try (PreparedStatement query = connection.prepareStatement(
                "SELECT previous_hash, entry_hash, occurred_at, resident_id, actor_id, actor_org, action, result,"
                        + " terminal, purpose FROM usage_log WHERE chain_seq = ?")) {
            query.setLong(1, latest.seq);
            try (ResultSet row = query.executeQuery()) {
                if (!row.next()) {
                    return Verification.broken(
                            0,
                            1,
                            latest.seq,
                            "entry " + latest.seq + " that checkpoint " + latest.id
                                    + " signed is missing: the tail of the log was removed");
                }
                String recomputed = EntryHash.of(
                        latest.seq,
                        row.getString(1),
                        row.getObject(3, OffsetDateTime.class).toInstant(),
                        row.getString(4),
                        row.getString(5),
                        row.getString(6),
                        row.getString(7),
                        row.getString(8),
                        row.getString(9),
                        row.getString(10));
                if (!recomputed.equals(row.getString(2)) || !recomputed.equals(latest.entryHash)) {
                    return Verification.broken(
                            0,
                            1,
                            latest.seq,
                            "entry " + latest.seq + " is not the entry checkpoint " + latest.id + " signed");
                }
            }
        }
        return new Verification(1, 1, 0, null);
    }

    private static Deque<Checkpoint> checkpoints(Connection connection) throws SQLException {
        Deque<Checkpoint> checkpoints = new ArrayDeque<>();
        try (PreparedStatement query = connection.prepareStatement(CHECKPOINTS);
                ResultSet rows = query.executeQuery()) {
            while (rows.next()) {
                checkpoints.addLast(new Checkpoint(
                        rows.getLong(6),
                        rows.getLong(1),
                        rows.getString(2),
                        rows.getObject(3, OffsetDateTime.class).toInstant(),
                        rows.getString(4),
                        rows.getString(5)));
            }
        }
        return checkpoints;
    }

    private record Checkpoint(long id, long seq, String entryHash, Instant signedAt, String keyId, String signature) {

        String signatureProblem(Map<String, PublicKey> trustedKeys) {
            PublicKey key = trustedKeys.get(keyId);
            if (key == null) {
                return "checkpoint " + id + " is signed by key " + keyId + ", which is not among the trusted keys";
            }
            if (!CheckpointKey.verify(key, seq, Objects.requireNonNull(entryHash), signedAt, signature)) {
                return "checkpoint " + id + " (entry " + seq + ") has a signature that does not verify";
            }
            return null;
        }
    }
}
