package jp.mynaportal.usage.repository;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import jp.mynaportal.usage.model.UsageAction;
import jp.mynaportal.usage.model.UsageChainHead;
import jp.mynaportal.usage.model.UsageCheckpoint;
import jp.mynaportal.usage.model.UsageLogEntry;

/** The usage log: entries are appended, sealed into the hash chain and read, never changed. */
public interface UsageLogRepository {

    /**
     * Stores the entry and queues it for sealing, in the caller's transaction; it takes no shared
     * lock, so actions never wait for each other's entries.
     */
    void append(UsageLogEntry entry);

    /**
     * Links up to {@code max} queued entries to the end of the hash chain, in the order they were
     * numbered, and takes them off the queue; holds the chain head locked until the transaction
     * ends, so that sealers on several nodes take turns. Returns how many it took off the queue.
     */
    int sealPending(int max);

    /** How many entries wait to be sealed. */
    long waitingToBeSealed();

    /** A resident's entries, newest first. */
    List<UsageLogEntry> findByResident(String residentId, int limit);

    /**
     * The entries that concern a person as subject or actor, with one of {@code actions}, from
     * {@code from} (inclusive) to {@code to} (exclusive), newest first.
     */
    List<UsageLogEntry> findByPerson(
            String personId, Instant from, Instant to, Collection<UsageAction> actions, int offset, int limit);

    /** How many entries {@link #findByPerson} would find without paging. */
    long countByPerson(String personId, Instant from, Instant to, Collection<UsageAction> actions);

    /** The chain head as committed. */
    UsageChainHead head();

    void appendCheckpoint(UsageCheckpoint checkpoint);

    /**
     * The registered name of a person named in the log (a 代理人 or the resident they acted for),
     * read from the resident registry's table by id; empty for an unknown id.
     */
    java.util.Optional<String> personName(String residentId);
}
