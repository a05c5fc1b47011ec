package jp.mynaportal.application.model;

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
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.Objects;
import jp.mynaportal.platform.model.UtcInstantConverter;

/**
 * One resident's application for one municipal procedure: first a draft (saved as the resident
 * types, expiring after a while), then, after submission, the application the municipality
 * examines. The form values are kept as canonical JSON text ({@link #getFormData()}).
 */
@Entity
@Table(name = "pittari_application")
@NamedQuery(
        name = Application.FIND_BY_RESIDENT_AND_STATUSES,
        query = "SELECT a FROM Application a WHERE a.residentId = :residentId AND a.status IN :statuses"
                + " ORDER BY a.updatedAt DESC, a.id DESC")
@NamedQuery(
        name = Application.FIND_OPEN_DRAFT,
        query =
                "SELECT a FROM Application a WHERE a.residentId = :residentId AND a.procedureFunction = :procedureFunction"
                        + " AND a.procedureKey = :procedureKey"
                        + " AND a.status = jp.mynaportal.application.model.ApplicationStatus.DRAFT AND a.expiresAt > :now"
                        + " ORDER BY a.updatedAt DESC")
@NamedQuery(
        name = Application.FIND_INBOX,
        query = "SELECT a FROM Application a WHERE a.lgCode IN :lgCodes AND a.status IN :statuses"
                + " AND a.procedureFunction NOT IN :elsewhere ORDER BY a.submittedAt DESC, a.id DESC")
@NamedQuery(
        name = Application.COUNT_INBOX,
        query = "SELECT a.status, COUNT(a) FROM Application a WHERE a.lgCode IN :lgCodes"
                + " AND a.procedureFunction NOT IN :elsewhere"
                + " AND a.status <> jp.mynaportal.application.model.ApplicationStatus.DRAFT GROUP BY a.status")
@NamedQuery(
        name = Application.DELETE_EXPIRED_DRAFTS,
        query = "DELETE FROM Application a WHERE a.status = jp.mynaportal.application.model.ApplicationStatus.DRAFT"
                + " AND a.expiresAt <= :now")
public class Application {

    public static final String FIND_BY_RESIDENT_AND_STATUSES = "Application.findByResidentAndStatuses";
    public static final String FIND_OPEN_DRAFT = "Application.findOpenDraft";
    public static final String FIND_INBOX = "Application.findInbox";
    public static final String COUNT_INBOX = "Application.countInbox";
    public static final String DELETE_EXPIRED_DRAFTS = "Application.deleteExpiredDrafts";

    @Id
    @SequenceGenerator(name = "pittari_application_seq", sequenceName = "pittari_application_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "pittari_application_seq")
    @Column(name = "id", nullable = false, updatable = false)
    private Long id;

    @Column(name = "resident_id", length = 36, nullable = false, updatable = false)
    private String residentId;

    @Column(name = "procedure_function", length = 32, nullable = false, updatable = false)
    private String procedureFunction;

    @Column(name = "procedure_key", length = 64, nullable = false, updatable = false)
    private String procedureKey;

    @Column(name = "lg_code", length = 6, nullable = false, updatable = false)
    private String lgCode;

    @Enumerated(EnumType.STRING)
    @Column(name = "status", length = 16, nullable = false)
    private ApplicationStatus status;

    @Column(name = "form_data", length = 200000, nullable = false)
    private String formData;

    @Column(name = "receipt_number", length = 32)
    private String receiptNumber;

    @Column(name = "signature")
    private byte[] signature;

    @Convert(converter = UtcInstantConverter.class)
    @Column(name = "signed_at")
    private Instant signedAt;

    @Convert(converter = UtcInstantConverter.class)
    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    @Convert(converter = UtcInstantConverter.class)
    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    @Convert(converter = UtcInstantConverter.class)
    @Column(name = "submitted_at")
    private Instant submittedAt;

    @Convert(converter = UtcInstantConverter.class)
    @Column(name = "expires_at")
    private Instant expiresAt;

    @Column(name = "staff_comment", length = 2000)
    private String staffComment;

    @Version
    @Column(name = "version", nullable = false)
    private int version;

    protected Application() {}

    /**
     * A new draft of a resident for a procedure of a portal function (the function's name and its own
     * key of the procedure), expiring at {@code expiresAt} unless saved again.
     */
    public static Application draft(
            String residentId,
            String procedureFunction,
            String procedureKey,
            String lgCode,
            String formData,
            Instant now,
            Instant expiresAt) {
        Application draft = new Application();
        draft.residentId = Objects.requireNonNull(residentId, "residentId");
        draft.procedureFunction = Objects.requireNonNull(procedureFunction, "procedureFunction");
        draft.procedureKey = Objects.requireNonNull(procedureKey, "procedureKey");
        draft.lgCode = Objects.requireNonNull(lgCode, "lgCode");
        draft.status = ApplicationStatus.DRAFT;
        draft.formData = Objects.requireNonNull(formData, "formData");
        draft.createdAt = now;
        draft.updatedAt = now;
        draft.expiresAt = expiresAt;
        return draft;
    }

    /** Saves new form values of a draft or a returned application; a draft's expiry moves on. */
    public void saveForm(String newFormData, Instant now, Instant newExpiry) {
        requireEditable();
        this.formData = Objects.requireNonNull(newFormData, "formData");
        this.updatedAt = now;
        if (status == ApplicationStatus.DRAFT) {
            this.expiresAt = newExpiry;
        }
    }

    /** Marks the form changed (e.g. an attachment) without new values. */
    public void touch(Instant now, Instant newExpiry) {
        saveForm(formData, now, newExpiry);
    }

    /**
     * Submits: the draft (or returned application) becomes RECEIVED with its receipt number, kept
     * from an earlier submission when it was returned for correction.
     */
    public void submit(String newReceiptNumber, byte[] newSignature, Instant signingTime, Instant now) {
        requireEditable();
        if (receiptNumber == null) {
            receiptNumber = Objects.requireNonNull(newReceiptNumber, "receiptNumber");
        }
        this.signature = newSignature == null ? null : newSignature.clone();
        this.signedAt = signingTime;
        this.status = ApplicationStatus.RECEIVED;
        this.submittedAt = now;
        this.updatedAt = now;
        this.expiresAt = null;
        this.staffComment = null;
    }

    /** A staff decision: the new status and, for 差戻し and 却下, the comment for the resident. */
    public void changeStatus(ApplicationStatus to, String comment, Instant now) {
        if (!status.staffTransitions().contains(to)) {
            throw new IllegalStateException("No transition from " + status + " to " + to);
        }
        this.status = to;
        this.staffComment = comment;
        this.updatedAt = now;
    }

    private void requireEditable() {
        if (!status.editableByResident()) {
            throw new IllegalStateException("Application " + id + " is " + status + " and cannot change");
        }
    }

    public Long getId() {
        return id;
    }

    public String getResidentId() {
        return residentId;
    }

    public String getProcedureFunction() {
        return procedureFunction;
    }

    public String getProcedureKey() {
        return procedureKey;
    }

    public String getLgCode() {
        return lgCode;
    }

    public ApplicationStatus getStatus() {
        return status;
    }

    public String getFormData() {
        return formData;
    }

    public String getReceiptNumber() {
        return receiptNumber;
    }

    public byte[] getSignature() {
        return signature == null ? null : signature.clone();
    }

    public Instant getSignedAt() {
        return signedAt;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public Instant getUpdatedAt() {
        return updatedAt;
    }

    public Instant getSubmittedAt() {
        return submittedAt;
    }

    public Instant getExpiresAt() {
        return expiresAt;
    }

    public String getStaffComment() {
        return staffComment;
    }

    public int getVersion() {
        return version;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof Application a && id != null && id.equals(a.id);
    }

    @Override
    public int hashCode() {
        return Objects.hashCode(id);
    }

    @Override
    public String toString() {
        return "Application[" + id + ", " + status + ", procedure " + procedureFunction + "/" + procedureKey + "]";
    }
}
