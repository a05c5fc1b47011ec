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
import java.time.temporal.ChronoUnit;
import java.util.Objects;
import jp.mynaportal.platform.model.UtcInstantConverter;
import jp.mynaportal.usage.chain.EntryHash;

/**
 * One line of 利用履歴: whose data it concerned (the resident, the subject, when known), who acted
 * (the actor: the resident, later a 代理人, or a staff member), when, what, with which result, from
 * which terminal, and why (the purpose, when staff looked at a resident's data). Entries are only
 * ever added. Seconds after it is written, the sealer gives it its position in the hash chain, with
 * the hash of the entry before it and its own, in a {@link UsageLogLink}.
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

    @Column(name = "result", length = 100, nullable = false, updatable = false)
    private String result;

    @Column(name = "terminal", length = 200, nullable = false, updatable = false)
    private String terminal;

    @Column(name = "actor_id", length = 36, updatable = false)
    private String actorId;

    @Column(name = "actor_org", length = 6, updatable = false)
    private String actorOrganisation;

    @Column(name = "purpose", length = 200, updatable = false)
    private String purpose;

    protected UsageLogEntry() {}

    /**
     * An entry not yet in the chain (the sealer links it, see {@link UsageChainHead#link}).
     *
     * @param residentId the resident whose data it concerned (the subject), or null when a failed
     *     login identified nobody
     * @param actorId who acted, or null when nobody could be identified
     * @param actorOrganisation the local-government code of the municipality a staff actor
     *     works for, or null when the actor acted for themselves
     * @param result the outcome, e.g. {@code SUCCESS} or {@code WRONG_PIN}
     * @param terminal where it came from (address and reader or channel)
     * @param purpose why, when someone other than the resident looked at the resident's data
     */
    public UsageLogEntry(
            Instant occurredAt,
            String residentId,
            String actorId,
            String actorOrganisation,
            UsageAction action,
            String result,
            String terminal,
            String purpose) {
        this.occurredAt = Objects.requireNonNull(occurredAt, "occurredAt").truncatedTo(ChronoUnit.MICROS);
        this.residentId = residentId;
        this.actorId = actorId;
        this.actorOrganisation = actorOrganisation;
        this.action = Objects.requireNonNull(action, "action");
        this.result = truncate(Objects.requireNonNull(result, "result"), 100);
        this.terminal = truncate(Objects.requireNonNull(terminal, "terminal"), 200);
        this.purpose = purpose == null ? null : truncate(purpose, 200);
    }

    private static String truncate(String text, int max) {
        return text.length() <= max ? text : text.substring(0, max);
    }

    /**
     * This entry's hash at position {@code seq} after the entry with hash {@code previous} (see
     * {@link EntryHash}); the sealer stores it in the entry's {@link UsageLogLink}.
     */
    String hashAt(long seq, String previous) {
        return EntryHash.of(
                seq,
                Objects.requireNonNull(previous, "previous"),
                occurredAt,
                residentId,
                actorId,
                actorOrganisation,
                action.name(),
                result,
                terminal,
                purpose);
    }

    public String getActorId() {
        return actorId;
    }

    public String getActorOrganisation() {
        return actorOrganisation;
    }

    public String getPurpose() {
        return purpose;
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
