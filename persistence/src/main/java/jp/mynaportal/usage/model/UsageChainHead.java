package jp.mynaportal.usage.model;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * The one row that holds the last position and hash of the usage-log chain. Only the sealer locks
 * it (SELECT … FOR UPDATE, until its transaction ends), so links get consecutive positions on every
 * node of a cluster while the actions that write entries never wait for it.
 */
@Entity
@Table(name = "usage_log_head")
public class UsageChainHead {

    /** The id of the one row. */
    public static final int ID = 1;

    @Id
    @Column(name = "id", nullable = false, updatable = false)
    private int id;

    @Column(name = "last_seq", nullable = false)
    private long lastSeq;

    @Column(name = "last_hash", length = 64, nullable = false)
    private String lastHash;

    protected UsageChainHead() {}

    /** Links {@code entry} after the last link and makes it the last; returns the new link. */
    public UsageLogLink link(UsageLogEntry entry) {
        long seq = lastSeq + 1;
        UsageLogLink link = new UsageLogLink(seq, entry.getId(), lastHash, entry.hashAt(seq, lastHash));
        lastSeq = seq;
        lastHash = link.getEntryHash();
        return link;
    }

    public long getLastSeq() {
        return lastSeq;
    }

    public String getLastHash() {
        return lastHash;
    }
}
