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
import java.time.Instant;
import java.util.Objects;
import jp.mynaportal.platform.model.UtcInstantConverter;

/** One change of an application's status: when, by whom, from what to what, and the comment. */
@Entity
@Table(name = "pittari_application_event")
@NamedQuery(
        name = ApplicationEvent.FIND_BY_APPLICATION,
        query = "SELECT e FROM ApplicationEvent e WHERE e.applicationId = :applicationId ORDER BY e.occurredAt, e.id")
public class ApplicationEvent {

    public static final String FIND_BY_APPLICATION = "ApplicationEvent.findByApplication";

    @Id
    @SequenceGenerator(
            name = "pittari_application_event_seq",
            sequenceName = "pittari_application_event_seq",
            allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "pittari_application_event_seq")
    @Column(name = "id", nullable = false, updatable = false)
    private Long id;

    @Column(name = "application_id", nullable = false, updatable = false)
    private long applicationId;

    @Convert(converter = UtcInstantConverter.class)
    @Column(name = "occurred_at", nullable = false, updatable = false)
    private Instant occurredAt;

    @Column(name = "actor_id", length = 36, nullable = false, updatable = false)
    private String actorId;

    @Enumerated(EnumType.STRING)
    @Column(name = "from_status", length = 16, nullable = false, updatable = false)
    private ApplicationStatus fromStatus;

    @Enumerated(EnumType.STRING)
    @Column(name = "to_status", length = 16, nullable = false, updatable = false)
    private ApplicationStatus toStatus;

    @Column(name = "comment", length = 2000, updatable = false)
    private String comment;

    protected ApplicationEvent() {}

    public ApplicationEvent(
            long applicationId,
            Instant occurredAt,
            String actorId,
            ApplicationStatus fromStatus,
            ApplicationStatus toStatus,
            String comment) {
        this.applicationId = applicationId;
        this.occurredAt = Objects.requireNonNull(occurredAt, "occurredAt");
        this.actorId = Objects.requireNonNull(actorId, "actorId");
        this.fromStatus = Objects.requireNonNull(fromStatus, "fromStatus");
        this.toStatus = Objects.requireNonNull(toStatus, "toStatus");
        this.comment = comment;
    }

    public Instant getOccurredAt() {
        return occurredAt;
    }

    public String getActorId() {
        return actorId;
    }

    public ApplicationStatus getFromStatus() {
        return fromStatus;
    }

    public ApplicationStatus getToStatus() {
        return toStatus;
    }

    public String getComment() {
        return comment;
    }
}
