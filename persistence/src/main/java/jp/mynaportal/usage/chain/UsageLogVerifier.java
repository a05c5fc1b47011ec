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
 * command alike): every position from 1 without a gap, every link to the one before, every
 * linked entry still there with the values that give its hash, every signed checkpoint (signature
 * by a trusted key, and the chain still holding that entry with that hash, so that a removed tail
 * is found), and no entry outside the chain that is not waiting for the sealer (an entry inserted
 * behind the portal's back). Names the first broken entry. Entries still waiting to be sealed
 * (normally those of the last second or so) are counted, not checked.
 */
public final class UsageLogVerifier {

    private static final String VALUES =
            " e.occurred_at, e.resident_id, e.actor_id, e.actor_org, e.action, e.result, e.terminal, e.purpose";
    private static final String LINKS = "SELECT l.chain_seq, l.previous_hash, l.entry_hash," + VALUES
            + ", l.entry_id, e.id FROM usage_log_link l LEFT JOIN usage_log e ON e.id = l.entry_id";
    private static final String UNLINKED = "SELECT e.id FROM usage_log e WHERE NOT EXISTS"
            + " (SELECT 1 FROM usage_log_link l WHERE l.entry_id = e.id) AND NOT EXISTS"
            + " (SELECT 1 FROM usage_log_pending q WHERE q.entry_id = e.id) ORDER BY e.id";
    private static final String WAITING = "SELECT COUNT(*) FROM usage_log_pending";
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
        try (PreparedStatement query = connection.prepareStatement(LINKS + " ORDER BY l.chain_seq")) {
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
                if (rows.getObject(13) == null) {
                    return Verification.broken(
                            expected - 1,
                            checkpointCount,
                            seq,
                            "entry " + seq + " (id " + id + ") is missing: its row was deleted");
                }
                String recomputed = hash(seq, previous, rows);
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
        try (PreparedStatement query = connection.prepareStatement(UNLINKED)) {
            query.setMaxRows(1);
            try (ResultSet row = query.executeQuery()) {
                if (row.next()) {
                    return Verification.broken(
                            expected - 1,
                            checkpointCount,
                            expected,
                            "the entry with id " + row.getLong(1)
                                    + " is in no chain and not waiting to be sealed: it was inserted behind the"
                                    + " portal's back, or its place in the queue was deleted");
                }
            }
        }
        return new Verification(expected - 1, checkpointCount, 0, null, waiting(connection));
    }

    private static long waiting(Connection connection) throws SQLException {
        try (PreparedStatement query = connection.prepareStatement(WAITING);
                ResultSet row = query.executeQuery()) {
            row.next();
            return row.getLong(1);
        }
    }

    /** The hash of the linked entry in {@code rows} (columns 4–11) at position {@code seq}. */
    private static String hash(long seq, String previous, ResultSet rows) throws SQLException {
        return EntryHash.of(
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
    }

    /**
     * Only the latest checkpoint, cheaply (for the start-up check): its signature and the entry it
     * signed, recomputed.
     */
    public Verification verifyLatestCheckpoint(Connection connection) throws SQLException {
        Deque<Checkpoint> checkpoints = checkpoints(connection);
        if (checkpoints.isEmpty()) {
            return new Verification(0, 0, 0, null, 0);
        }
        Checkpoint latest = checkpoints.peekLast();
        String problem = latest.signatureProblem(trustedKeys);
        if (problem != null) {
            return Verification.broken(0, 1, latest.seq, problem);
        }
        try (PreparedStatement query = connection.prepareStatement(LINKS + " WHERE l.chain_seq = ?")) {
            query.setLong(1, latest.seq);
            try (ResultSet row = query.executeQuery()) {
                if (!row.next() || row.getObject(13) == null) {
                    return Verification.broken(
                            0,
                            1,
                            latest.seq,
                            "entry " + latest.seq + " that checkpoint " + latest.id
                                    + " signed is missing: the tail of the log was removed");
                }
                String recomputed = hash(latest.seq, row.getString(2), row);
                if (!recomputed.equals(row.getString(3)) || !recomputed.equals(latest.entryHash)) {
                    return Verification.broken(
                            0,
                            1,
                            latest.seq,
                            "entry " + latest.seq + " is not the entry checkpoint " + latest.id + " signed");
                }
            }
        }
        return new Verification(1, 1, 0, null, 0);
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
