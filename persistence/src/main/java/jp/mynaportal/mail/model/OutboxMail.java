package jp.mynaportal.mail.model;

import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import jp.mynaportal.platform.model.UtcInstantConverter;

/**
 * A mail waiting in the outbox, or sent: written in the transaction of what caused it, sent by a
 * worker that claimed it with a lease; a failed attempt makes it due again after a back-off that
 * doubles each time (by default 30 s, 1 min, 2 min, … at most 1 hour), and it waits for as long
 * as the server is down.
 */
@Entity
@Table(name = "mail_outbox")
public class OutboxMail {

    private static final Duration MAX_BACK_OFF = Duration.ofHours(1);

    @Id
    @SequenceGenerator(name = "mail_outbox_seq", sequenceName = "mail_outbox_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "mail_outbox_seq")
    @Column(name = "id", nullable = false, updatable = false)
    private Long id;

    @Enumerated(EnumType.STRING)
    @Column(name = "mail_kind", length = 32, nullable = false, updatable = false)
    private MailKind kind;

    @Column(name = "recipient", length = 254, nullable = false, updatable = false)
    private String recipient;

    @Column(name = "subject", length = 200, nullable = false, updatable = false)
    private String subject;

    @Column(name = "body", length = 8000, nullable = false, updatable = false)
    private String body;

    @Convert(converter = UtcInstantConverter.class)
    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    @Convert(converter = UtcInstantConverter.class)
    @Column(name = "next_attempt_at", nullable = false)
    private Instant nextAttemptAt;

    @Column(name = "attempts", nullable = false)
    private int attempts;

    @Convert(converter = UtcInstantConverter.class)
    @Column(name = "lease_until")
    private Instant leaseUntil;

    @Column(name = "leased_by", length = 64)
    private String leasedBy;

    @Convert(converter = UtcInstantConverter.class)
    @Column(name = "sent_at")
    private Instant sentAt;

    @Column(name = "last_error", length = 500)
    private String lastError;

    protected OutboxMail() {}

    public OutboxMail(MailKind kind, String recipient, String subject, String body, Instant createdAt) {
        this.kind = Objects.requireNonNull(kind, "kind");
        this.recipient = Objects.requireNonNull(recipient, "recipient");
        this.subject = Objects.requireNonNull(subject, "subject");
        this.body = Objects.requireNonNull(body, "body");
        this.createdAt = Objects.requireNonNull(createdAt, "createdAt");
        this.nextAttemptAt = createdAt;
    }

    /** Sent: done for good. */
    public void sent(Instant at) {
        sentAt = at;
        attempts++;
        leaseUntil = null;
        leasedBy = null;
        lastError = null;
    }

    /** An attempt failed: due again after the back-off that starts at {@code firstBackOff}. */
    public void failed(Instant at, Duration firstBackOff, String error) {
        attempts++;
        leaseUntil = null;
        leasedBy = null;
        lastError = error == null ? null : error.substring(0, Math.min(error.length(), 500));
        nextAttemptAt = at.plus(backOff(firstBackOff, attempts));
    }

    /** The wait after the given number of failed attempts. */
    public static Duration backOff(Duration first, int failedAttempts) {
        int doublings = Math.min(Math.max(failedAttempts - 1, 0), 20);
        Duration wait = first.multipliedBy(1L << doublings);
        return wait.compareTo(MAX_BACK_OFF) > 0 ? MAX_BACK_OFF : wait;
    }

    public Long getId() {
        return id;
    }

    public MailKind getKind() {
        return kind;
    }

    public String getRecipient() {
        return recipient;
    }

    public String getSubject() {
        return subject;
    }

    public String getBody() {
        return body;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public Instant getNextAttemptAt() {
        return nextAttemptAt;
    }

    public int getAttempts() {
        return attempts;
    }

    public Instant getSentAt() {
        return sentAt;
    }

    public String getLastError() {
        return lastError;
    }

    public String getLeasedBy() {
        return leasedBy;
    }
}
