package jp.mynaportal.application.model;

import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Objects;
import jp.mynaportal.platform.model.UtcInstantConverter;

/** A file attached to an application's FILE field (PDF, JPEG or PNG), one per field. */
@Entity
@Table(name = "pittari_attachment")
@NamedQuery(
        name = Attachment.LIST_INFO,
        query =
                "SELECT NEW jp.mynaportal.application.model.AttachmentInfo(a.id, a.fieldKey, a.fileName, a.contentType,"
                        + " a.sizeBytes, a.sha256) FROM Attachment a WHERE a.applicationId = :applicationId ORDER BY a.fieldKey")
@NamedQuery(
        name = Attachment.FIND_BY_FIELD,
        query = "SELECT a FROM Attachment a WHERE a.applicationId = :applicationId AND a.fieldKey = :fieldKey")
@NamedQuery(
        name = Attachment.DELETE_BY_APPLICATIONS,
        query = "DELETE FROM Attachment a WHERE a.applicationId IN :applicationIds")
public class Attachment {

    public static final String LIST_INFO = "Attachment.listInfo";
    public static final String FIND_BY_FIELD = "Attachment.findByField";
    public static final String DELETE_BY_APPLICATIONS = "Attachment.deleteByApplications";

    @Id
    @SequenceGenerator(name = "pittari_attachment_seq", sequenceName = "pittari_attachment_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "pittari_attachment_seq")
    @Column(name = "id", nullable = false, updatable = false)
    private Long id;

    @Column(name = "application_id", nullable = false, updatable = false)
    private long applicationId;

    @Column(name = "field_key", length = 40, nullable = false, updatable = false)
    private String fieldKey;

    @Column(name = "file_name", length = 255, nullable = false)
    private String fileName;

    @Column(name = "content_type", length = 40, nullable = false)
    private String contentType;

    @Column(name = "size_bytes", nullable = false)
    private long sizeBytes;

    @Column(name = "sha256", length = 64, nullable = false)
    private String sha256;

    @Column(name = "content", nullable = false)
    private byte[] content;

    @Convert(converter = UtcInstantConverter.class)
    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    protected Attachment() {}

    public Attachment(
            long applicationId,
            String fieldKey,
            String fileName,
            String contentType,
            byte[] content,
            String sha256,
            Instant createdAt) {
        this.applicationId = applicationId;
        this.fieldKey = Objects.requireNonNull(fieldKey, "fieldKey");
        replace(fileName, contentType, content, sha256, createdAt);
    }

    /** Puts another file in the same field. */
    public void replace(String newFileName, String newContentType, byte[] newContent, String newSha256, Instant at) {
        this.fileName = Objects.requireNonNull(newFileName, "fileName");
        this.contentType = Objects.requireNonNull(newContentType, "contentType");
        this.content = newContent.clone();
        this.sizeBytes = newContent.length;
        this.sha256 = Objects.requireNonNull(newSha256, "sha256");
        this.createdAt = at;
    }

    public AttachmentInfo info() {
        return new AttachmentInfo(id, fieldKey, fileName, contentType, sizeBytes, sha256);
    }

    public Long getId() {
        return id;
    }

    public long getApplicationId() {
        return applicationId;
    }

    public String getFieldKey() {
        return fieldKey;
    }

    public byte[] getContent() {
        return content.clone();
    }
}
