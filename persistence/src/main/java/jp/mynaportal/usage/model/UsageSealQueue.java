package jp.mynaportal.usage.model;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * An entry waiting to be sealed into the hash chain: written in the transaction of the action the
 * entry records, removed by the sealer in the transaction that links the entry.
 */
@Entity
@Table(name = "usage_log_pending")
public class UsageSealQueue {

    @Id
    @Column(name = "entry_id", nullable = false, updatable = false)
    private long entryId;

    protected UsageSealQueue() {}

    public UsageSealQueue(long entryId) {
        this.entryId = entryId;
    }

    public long getEntryId() {
        return entryId;
    }
}
