package jp.mynaportal.notice.model;

import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.time.Instant;
import java.util.Objects;
import jp.mynaportal.platform.model.UtcInstantConverter;

/** What one resident did with one notice to many: read it, archived it. Made when they first do either. */
@Entity
@Table(name = "notice_receipt")
@IdClass(NoticeReceipt.Key.class)
public class NoticeReceipt {

    @Id
    @Column(name = "broadcast_id", nullable = false, updatable = false)
    private Long broadcastId;

    @Id
    @Column(name = "resident_id", length = 36, nullable = false, updatable = false)
    private String residentId;

    @Convert(converter = UtcInstantConverter.class)
    @Column(name = "read_at")
    private Instant readAt;

    @Convert(converter = UtcInstantConverter.class)
    @Column(name = "archived_at")
    private Instant archivedAt;

    protected NoticeReceipt() {}

    public NoticeReceipt(long broadcastId, String residentId) {
        this.broadcastId = broadcastId;
        this.residentId = Objects.requireNonNull(residentId, "residentId");
    }

    /** Marks it read, once. */
    public void markRead(Instant at) {
        if (readAt == null) {
            readAt = at;
        }
    }

    /** Archives it (which reads it too). */
    public void archive(Instant at) {
        markRead(at);
        if (archivedAt == null) {
            archivedAt = at;
        }
    }

    public Long getBroadcastId() {
        return broadcastId;
    }

    public String getResidentId() {
        return residentId;
    }

    public Instant getReadAt() {
        return readAt;
    }

    public Instant getArchivedAt() {
        return archivedAt;
    }

    /** The primary key: notice and resident. */
    public static class Key implements Serializable {

        private static final long serialVersionUID = 1L;

        private Long broadcastId;
        private String residentId;

        public Key() {}

        public Key(Long broadcastId, String residentId) {
            this.broadcastId = broadcastId;
            this.residentId = residentId;
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof Key k
                    && Objects.equals(broadcastId, k.broadcastId)
                    && Objects.equals(residentId, k.residentId);
        }

        @Override
        public int hashCode() {
            return Objects.hash(broadcastId, residentId);
        }
    }
}
