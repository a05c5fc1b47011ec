package jp.mynaportal.usage.model;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * The one row that holds the last position and hash of the usage-log chain. Whoever appends
 * holds it locked (SELECT … FOR UPDATE) until the transaction ends, so entries get consecutive
 * positions on every node of a cluster.
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

    /** Links {@code entry} after the last entry and makes it the last. */
    public void append(UsageLogEntry entry) {
        lastHash = entry.linkAfter(lastSeq + 1, lastHash);
        lastSeq++;
    }

    public long getLastSeq() {
        return lastSeq;
    }

    public String getLastHash() {
        return lastHash;
    }
}
