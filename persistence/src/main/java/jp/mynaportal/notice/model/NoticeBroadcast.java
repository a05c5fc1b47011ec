package jp.mynaportal.notice.model;

import jakarta.persistence.Basic;
import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Objects;
import jp.mynaportal.platform.model.UtcInstantConverter;

/**
 * A notice to many (or to one resident) written by a municipality or an agency: title, body,
 * validity period, optional link and PDF attachment, and its {@link NoticeAudience}. One row,
 * however many residents it reaches; what each resident did with it is a {@link NoticeReceipt}.
 */
@Entity
@Table(name = "notice_broadcast")
public class NoticeBroadcast {

    public static final int TITLE_MAX = 100;
    public static final int BODY_MAX = 4000;

    @Id
    @SequenceGenerator(name = "notice_broadcast_seq", sequenceName = "notice_broadcast_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "notice_broadcast_seq")
    @Column(name = "id", nullable = false, updatable = false)
    private Long id;

    @Enumerated(EnumType.STRING)
    @Column(name = "sender_kind", length = 16, nullable = false, updatable = false)
    private SenderKind senderKind;

    @Column(name = "sender_code", length = 64, nullable = false, updatable = false)
    private String senderCode;

    @Column(name = "sent_by", length = 64, nullable = false, updatable = false)
    private String sentBy;

    @Column(name = "title", length = TITLE_MAX, nullable = false, updatable = false)
    private String title;

    @Column(name = "body", length = BODY_MAX, nullable = false, updatable = false)
    private String body;

    @Column(name = "link_url", length = 500, updatable = false)
    private String linkUrl;

    @Column(name = "attachment_name", length = 100, updatable = false)
    private String attachmentName;

    @Basic(fetch = FetchType.LAZY)
    @Column(name = "attachment", updatable = false)
    private byte[] attachment;

    @Convert(converter = UtcInstantConverter.class)
    @Column(name = "valid_from", nullable = false, updatable = false)
    private Instant validFrom;

    @Convert(converter = UtcInstantConverter.class)
    @Column(name = "valid_until", nullable = false, updatable = false)
    private Instant validUntil;

    @Embedded
    private NoticeAudience audience;

    @Convert(converter = UtcInstantConverter.class)
    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    protected NoticeBroadcast() {}

    /**
     * @param sentBy the staff member's resident id, or the agency's code
     * @param linkUrl an http(s) address, or null
     * @param attachmentName the PDF's file name, or null with {@code attachment}
     */
    public NoticeBroadcast(
            SenderKind senderKind,
            String senderCode,
            String sentBy,
            String title,
            String body,
            String linkUrl,
            String attachmentName,
            byte[] attachment,
            Instant validFrom,
            Instant validUntil,
            NoticeAudience audience,
            Instant createdAt) {
        this.senderKind = Objects.requireNonNull(senderKind, "senderKind");
        this.senderCode = Objects.requireNonNull(senderCode, "senderCode");
        this.sentBy = Objects.requireNonNull(sentBy, "sentBy");
        this.title = Objects.requireNonNull(title, "title");
        this.body = Objects.requireNonNull(body, "body");
        if ((attachmentName == null) != (attachment == null)) {
            throw new IllegalArgumentException("an attachment has a name");
        }
        if (!validFrom.isBefore(validUntil)) {
            throw new IllegalArgumentException("validity period ends before it starts");
        }
        this.linkUrl = linkUrl;
        this.attachmentName = attachmentName;
        this.attachment = attachment == null ? null : attachment.clone();
        this.validFrom = validFrom;
        this.validUntil = validUntil;
        this.audience = Objects.requireNonNull(audience, "audience");
        this.createdAt = Objects.requireNonNull(createdAt, "createdAt");
    }

    /** Whether it is shown at that moment. */
    public boolean isValidAt(Instant at) {
        return !at.isBefore(validFrom) && at.isBefore(validUntil);
    }

    public Long getId() {
        return id;
    }

    public SenderKind getSenderKind() {
        return senderKind;
    }

    public String getSenderCode() {
        return senderCode;
    }

    public String getSentBy() {
        return sentBy;
    }

    public String getTitle() {
        return title;
    }

    public String getBody() {
        return body;
    }

    public String getLinkUrl() {
        return linkUrl;
    }

    public String getAttachmentName() {
        return attachmentName;
    }

    public byte[] getAttachment() {
        return attachment == null ? null : attachment.clone();
    }

    public Instant getValidFrom() {
        return validFrom;
    }

    public Instant getValidUntil() {
        return validUntil;
    }

    public NoticeAudience getAudience() {
        return audience;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }
}
