package jp.mynaportal.usage.model;

import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Objects;
import jp.mynaportal.platform.model.UtcInstantConverter;

/**
 * A signed checkpoint of the usage-log chain: the position and hash of the last entry at a moment,
 * signed with the portal's checkpoint key, so that removing the tail of the log is detected.
 */
@Entity
@Table(name = "usage_log_checkpoint")
public class UsageCheckpoint {

    @Id
    @SequenceGenerator(name = "usage_log_checkpoint_seq", sequenceName = "usage_log_checkpoint_seq", allocationSize = 1)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "usage_log_checkpoint_seq")
    @Column(name = "id", nullable = false, updatable = false)
    private Long id;

    @Column(name = "chain_seq", nullable = false, updatable = false)
    private long chainSeq;

    @Column(name = "entry_hash", length = 64, nullable = false, updatable = false)
    private String entryHash;

    @Convert(converter = UtcInstantConverter.class)
    @Column(name = "signed_at", nullable = false, updatable = false)
    private Instant signedAt;

    @Column(name = "key_id", length = 64, nullable = false, updatable = false)
    private String keyId;

    @Column(name = "signature", length = 200, nullable = false, updatable = false)
    private String signature;

    protected UsageCheckpoint() {}

    public UsageCheckpoint(long chainSeq, String entryHash, Instant signedAt, String keyId, String signature) {
        this.chainSeq = chainSeq;
        this.entryHash = Objects.requireNonNull(entryHash, "entryHash");
        this.signedAt = Objects.requireNonNull(signedAt, "signedAt");
        if (!signedAt.equals(signedAt.truncatedTo(ChronoUnit.MICROS))) {
            throw new IllegalArgumentException("A checkpoint's time is whole microseconds, as the database keeps it");
        }
        this.keyId = Objects.requireNonNull(keyId, "keyId");
        this.signature = Objects.requireNonNull(signature, "signature");
    }

    public long getChainSeq() {
        return chainSeq;
    }
}
