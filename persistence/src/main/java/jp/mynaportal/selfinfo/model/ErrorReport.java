package jp.mynaportal.selfinfo.model;

import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Objects;
import jp.mynaportal.platform.model.UtcInstantConverter;

/**
 * 内容に誤りがある場合: a resident's report that a record version is wrong (which attribute, what
 * is wrong, an optional attachment), in the queue of the agency that sent the record.
 */
@Entity
@Table(name = "selfinfo_error_report")
@NamedQuery(
        name = ErrorReport.FIND_BY_RESIDENT,
        query = "SELECT e FROM ErrorReport e WHERE e.residentId = :residentId ORDER BY e.createdAt DESC, e.id DESC")
@NamedQuery(
        name = ErrorReport.FIND_BY_AGENCY,
        query = "SELECT e FROM ErrorReport e WHERE e.agencyCode = :agencyCode AND e.status IN :statuses"
                + " ORDER BY e.createdAt, e.id")
public class ErrorReport {

    public static final String FIND_BY_RESIDENT = "ErrorReport.findByResident";
    public static final String FIND_BY_AGENCY = "ErrorReport.findByAgency";

    @Id
    @SequenceGenerator(
            name = "selfinfo_error_report_seq",
            sequenceName = "selfinfo_error_report_seq",
            allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "selfinfo_error_report_seq")
    @Column(name = "id", nullable = false, updatable = false)
    private Long id;

    @Column(name = "resident_id", length = 36, nullable = false, updatable = false)
    private String residentId;

    @Column(name = "record_id", nullable = false, updatable = false)
    private Long recordId;

    @Column(name = "agency_code", length = 16, nullable = false, updatable = false)
    private String agencyCode;

    @Column(name = "attribute", length = 40, updatable = false)
    private String attribute;

    @Column(name = "description", length = 1000, nullable = false, updatable = false)
    private String description;

    @Column(name = "attachment_name", length = 200, updatable = false)
    private String attachmentName;

    @Column(name = "attachment_type", length = 100, updatable = false)
    private String attachmentType;

    @Column(name = "attachment", updatable = false)
    private byte[] attachment;

    @Enumerated(EnumType.STRING)
    @Column(name = "status", length = 20, nullable = false)
    private ErrorReportStatus status;

    @Column(name = "agency_note", length = 1000)
    private String agencyNote;

    @Convert(converter = UtcInstantConverter.class)
    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    @Convert(converter = UtcInstantConverter.class)
    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    protected ErrorReport() {}

    /**
     * @param attribute the attribute the resident says is wrong, or null for the whole record
     *     ("this is not mine")
     */
    public ErrorReport(
            String residentId,
            long recordId,
            String agencyCode,
            String attribute,
            String description,
            String attachmentName,
            String attachmentType,
            byte[] attachment,
            Instant at) {
        this.residentId = Objects.requireNonNull(residentId, "residentId");
        this.recordId = recordId;
        this.agencyCode = Objects.requireNonNull(agencyCode, "agencyCode");
        this.attribute = attribute;
        this.description = Objects.requireNonNull(description, "description");
        if ((attachment == null) != (attachmentName == null)) {
            throw new IllegalArgumentException("An attachment has a name");
        }
        this.attachmentName = attachmentName;
        this.attachmentType = attachmentType;
        this.attachment = attachment == null ? null : attachment.clone();
        this.status = ErrorReportStatus.SUBMITTED;
        this.createdAt = Objects.requireNonNull(at, "at");
        this.updatedAt = at;
    }

    /** The agency moves the report on, with a note for the resident. */
    public void answer(ErrorReportStatus newStatus, String note, Instant at) {
        if (newStatus == ErrorReportStatus.SUBMITTED) {
            throw new IllegalArgumentException("An agency answers a report; it cannot submit it again");
        }
        this.status = newStatus;
        this.agencyNote = note;
        this.updatedAt = at;
    }

    public Long getId() {
        return id;
    }

    public String getResidentId() {
        return residentId;
    }

    public Long getRecordId() {
        return recordId;
    }

    public String getAgencyCode() {
        return agencyCode;
    }

    public String getAttribute() {
        return attribute;
    }

    public String getDescription() {
        return description;
    }

    public String getAttachmentName() {
        return attachmentName;
    }

    public String getAttachmentType() {
        return attachmentType;
    }

    public byte[] getAttachment() {
        return attachment == null ? null : attachment.clone();
    }

    public ErrorReportStatus getStatus() {
        return status;
    }

    public String getAgencyNote() {
        return agencyNote;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public Instant getUpdatedAt() {
        return updatedAt;
    }
}
