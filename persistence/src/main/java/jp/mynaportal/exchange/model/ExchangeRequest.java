package jp.mynaportal.exchange.model;

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
import java.time.LocalDate;
import java.util.Objects;
import jp.mynaportal.platform.model.UtcInstantConverter;

/**
 * A resident's 提供要求 for the exchanges of a period (Japanese calendar days, both ends included),
 * and its life as a job: accepted, claimed by a worker for a lease, then completed or failed. Each
 * claim counts up {@link #getAttempt()}; a worker completes only the claim it holds, so a request
 * taken over from a node that died is completed once.
 */
@Entity
@Table(name = "exchange_request")
@NamedQuery(
        name = ExchangeRequest.FIND_BY_RESIDENT,
        query = "SELECT r FROM ExchangeRequest r WHERE r.residentId = :residentId"
                + " ORDER BY r.requestedAt DESC, r.id DESC")
@NamedQuery(name = ExchangeRequest.DELETE_EXPIRED, query = "DELETE FROM ExchangeRequest r WHERE r.expiresAt < :now")
public class ExchangeRequest {

    public static final String FIND_BY_RESIDENT = "ExchangeRequest.findByResident";
    public static final String DELETE_EXPIRED = "ExchangeRequest.deleteExpired";

    @Id
    @SequenceGenerator(name = "exchange_request_seq", sequenceName = "exchange_request_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "exchange_request_seq")
    @Column(name = "id", nullable = false, updatable = false)
    private Long id;

    @Column(name = "resident_id", length = 36, nullable = false, updatable = false)
    private String residentId;

    @Column(name = "period_from", nullable = false, updatable = false)
    private LocalDate periodFrom;

    @Column(name = "period_to", nullable = false, updatable = false)
    private LocalDate periodTo;

    @Enumerated(EnumType.STRING)
    @Column(name = "state", length = 16, nullable = false)
    private ExchangeState state;

    @Convert(converter = UtcInstantConverter.class)
    @Column(name = "requested_at", nullable = false, updatable = false)
    private Instant requestedAt;

    @Column(name = "attempt", nullable = false)
    private int attempt;

    @Column(name = "claimed_by", length = 100)
    private String claimedBy;

    @Convert(converter = UtcInstantConverter.class)
    @Column(name = "lease_until")
    private Instant leaseUntil;

    @Convert(converter = UtcInstantConverter.class)
    @Column(name = "completed_at")
    private Instant completedAt;

    @Convert(converter = UtcInstantConverter.class)
    @Column(name = "expires_at")
    private Instant expiresAt;

    @Column(name = "line_count")
    private Integer lineCount;

    @Enumerated(EnumType.STRING)
    @Column(name = "failure_reason", length = 40)
    private ExchangeFailure failureReason;

    protected ExchangeRequest() {}

    public ExchangeRequest(String residentId, LocalDate periodFrom, LocalDate periodTo, Instant requestedAt) {
        this.residentId = Objects.requireNonNull(residentId, "residentId");
        this.periodFrom = Objects.requireNonNull(periodFrom, "periodFrom");
        this.periodTo = Objects.requireNonNull(periodTo, "periodTo");
        if (periodTo.isBefore(periodFrom)) {
            throw new IllegalArgumentException("The period ends before it begins");
        }
        this.requestedAt = Objects.requireNonNull(requestedAt, "requestedAt");
        this.state = ExchangeState.ACCEPTED;
    }

    /** A worker on {@code node} takes it until {@code leaseUntil}; the attempt counts up. */
    public void claim(String node, Instant leaseUntil) {
        if (state != ExchangeState.ACCEPTED && state != ExchangeState.BUILDING) {
            throw new IllegalStateException("Request " + id + " is " + state);
        }
        state = ExchangeState.BUILDING;
        attempt++;
        claimedBy = Objects.requireNonNull(node, "node");
        this.leaseUntil = Objects.requireNonNull(leaseUntil, "leaseUntil");
    }

    /** Whether {@code attempt} is the claim that may finish it now. */
    public boolean heldBy(int attempt) {
        return state == ExchangeState.BUILDING && this.attempt == attempt;
    }

    /** The result of {@code lines} lines is built; it is kept until {@code expiresAt}. */
    public void complete(int lines, Instant at, Instant expiresAt) {
        requireBuilding();
        state = ExchangeState.COMPLETED;
        lineCount = lines;
        completedAt = at;
        this.expiresAt = expiresAt;
        leaseUntil = null;
    }

    /** It cannot be built, for {@code reason}; the failure is shown until {@code expiresAt}. */
    public void fail(ExchangeFailure reason, Instant at, Instant expiresAt) {
        if (state == ExchangeState.COMPLETED || state == ExchangeState.FAILED) {
            throw new IllegalStateException("Request " + id + " is " + state);
        }
        state = ExchangeState.FAILED;
        failureReason = Objects.requireNonNull(reason, "reason");
        completedAt = at;
        this.expiresAt = expiresAt;
        leaseUntil = null;
    }

    private void requireBuilding() {
        if (state != ExchangeState.BUILDING) {
            throw new IllegalStateException("Request " + id + " is " + state);
        }
    }

    public Long getId() {
        return id;
    }

    public String getResidentId() {
        return residentId;
    }

    public LocalDate getPeriodFrom() {
        return periodFrom;
    }

    public LocalDate getPeriodTo() {
        return periodTo;
    }

    public ExchangeState getState() {
        return state;
    }

    public Instant getRequestedAt() {
        return requestedAt;
    }

    public int getAttempt() {
        return attempt;
    }

    public String getClaimedBy() {
        return claimedBy;
    }

    public Instant getLeaseUntil() {
        return leaseUntil;
    }

    public Instant getCompletedAt() {
        return completedAt;
    }

    public Instant getExpiresAt() {
        return expiresAt;
    }

    /** The number of lines of a completed result, else null. */
    public Integer getLineCount() {
        return lineCount;
    }

    /** Why it failed, else null. */
    public ExchangeFailure getFailureReason() {
        return failureReason;
    }
}
