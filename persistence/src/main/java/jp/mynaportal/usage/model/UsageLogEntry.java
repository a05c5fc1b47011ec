package jp.mynaportal.usage.model;

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
 * One line of 利用履歴: who (the resident, when known), when, what, with which result, from which
 * terminal. Entries are only ever added; nothing updates or deletes them.
 */
@Entity
@Table(name = "usage_log")
@NamedQuery(
        name = UsageLogEntry.FIND_BY_RESIDENT,
        query = "SELECT e FROM UsageLogEntry e WHERE e.residentId = :residentId ORDER BY e.occurredAt DESC, e.id DESC")
public class UsageLogEntry {

    public static final String FIND_BY_RESIDENT = "UsageLogEntry.findByResident";

    @Id
    @SequenceGenerator(name = "usage_log_seq", sequenceName = "usage_log_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "usage_log_seq")
    @Column(name = "id", nullable = false, updatable = false)
    private Long id;

    @Convert(converter = UtcInstantConverter.class)
    @Column(name = "occurred_at", nullable = false, updatable = false)
    private Instant occurredAt;

    @Column(name = "resident_id", length = 36, updatable = false)
    private String residentId;

    @Enumerated(EnumType.STRING)
    @Column(name = "action", length = 32, nullable = false, updatable = false)
    private UsageAction action;

    @Column(name = "result", length = 40, nullable = false, updatable = false)
    private String result;

    @Column(name = "terminal", length = 200, nullable = false, updatable = false)
    private String terminal;

    protected UsageLogEntry() {}

    /**
     * @param residentId the resident, or null when a failed login identified nobody
     * @param result the outcome, e.g. {@code SUCCESS} or {@code WRONG_PIN}
     * @param terminal where it came from (address and reader or channel)
     */
    public UsageLogEntry(Instant occurredAt, String residentId, UsageAction action, String result, String terminal) {
        this.occurredAt = Objects.requireNonNull(occurredAt, "occurredAt");
        this.residentId = residentId;
        this.action = Objects.requireNonNull(action, "action");
        this.result = Objects.requireNonNull(result, "result");
        this.terminal = truncate(Objects.requireNonNull(terminal, "terminal"), 200);
    }

    private static String truncate(String text, int max) {
        return text.length() <= max ? text : text.substring(0, max);
    }

    public Long getId() {
        return id;
    }

    public Instant getOccurredAt() {
        return occurredAt;
    }

    public String getResidentId() {
        return residentId;
    }

    public UsageAction getAction() {
        return action;
    }

    public String getResult() {
        return result;
    }

    public String getTerminal() {
        return terminal;
    }
}
