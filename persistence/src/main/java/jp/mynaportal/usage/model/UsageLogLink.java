package jp.mynaportal.usage.model;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.util.Objects;

/**
 * One link of the usage log's hash chain: the entry at position {@code chainSeq}, the hash of the
 * entry before it and its own hash. The sealer writes links seconds after the entries; like the
 * entries, links are only ever added.
 */
@Entity
@Table(name = "usage_log_link")
public class UsageLogLink {

    @Id
    @Column(name = "chain_seq", nullable = false, updatable = false)
    private long chainSeq;

    @Column(name = "entry_id", nullable = false, updatable = false, unique = true)
    private long entryId;

    @Column(name = "previous_hash", length = 64, nullable = false, updatable = false)
    private String previousHash;

    @Column(name = "entry_hash", length = 64, nullable = false, updatable = false)
    private String entryHash;

    protected UsageLogLink() {}

    UsageLogLink(long chainSeq, long entryId, String previousHash, String entryHash) {
        this.chainSeq = chainSeq;
        this.entryId = entryId;
        this.previousHash = Objects.requireNonNull(previousHash, "previousHash");
        this.entryHash = Objects.requireNonNull(entryHash, "entryHash");
    }

    public long getChainSeq() {
        return chainSeq;
    }

    public long getEntryId() {
        return entryId;
    }

    public String getEntryHash() {
        return entryHash;
    }
}
