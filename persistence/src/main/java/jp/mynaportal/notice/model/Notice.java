package jp.mynaportal.notice.model;

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
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import jp.mynaportal.platform.model.UtcInstantConverter;

/**
 * A personal notice (お知らせ) to one resident (the subject), caused by an actor (the resident
 * themselves, or the staff member who decided). The parameters fill the bundle text of its kind;
 * they are stored joined by a unit separator (U+001F), which no parameter may contain. A notice
 * may be about an item of some portal function (the function's name and its key of the item),
 * such as an application of the application core.
 */
@Entity
@Table(name = "notice")
@NamedQuery(
        name = Notice.FIND_BY_RESIDENT,
        query = "SELECT n FROM Notice n WHERE n.residentId = :residentId ORDER BY n.createdAt DESC, n.id DESC")
public class Notice {

    public static final String FIND_BY_RESIDENT = "Notice.findByResident";

    private static final String SEPARATOR = "\u001f";

    @Id
    @SequenceGenerator(name = "notice_seq", sequenceName = "notice_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "notice_seq")
    @Column(name = "id", nullable = false, updatable = false)
    private Long id;

    @Column(name = "resident_id", length = 36, nullable = false, updatable = false)
    private String residentId;

    @Column(name = "actor_id", length = 36, updatable = false)
    private String actorId;

    @Enumerated(EnumType.STRING)
    @Column(name = "kind", length = 40, nullable = false, updatable = false)
    private NoticeKind kind;

    @Column(name = "parameters", length = 4000, nullable = false, updatable = false)
    private String parameters;

    @Column(name = "about_function", length = 32, updatable = false)
    private String aboutFunction;

    @Column(name = "about_key", length = 64, updatable = false)
    private String aboutKey;

    @Convert(converter = UtcInstantConverter.class)
    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    @Convert(converter = UtcInstantConverter.class)
    @Column(name = "read_at")
    private Instant readAt;

    @Convert(converter = UtcInstantConverter.class)
    @Column(name = "archived_at")
    private Instant archivedAt;

    protected Notice() {}

    /**
     * @param aboutFunction the function of the item the notice is about, or null with {@code aboutKey}
     * @param aboutKey that function's key of the item, or null
     */
    public Notice(
            String residentId,
            String actorId,
            NoticeKind kind,
            List<String> parameters,
            String aboutFunction,
            String aboutKey,
            Instant createdAt) {
        if ((aboutFunction == null) != (aboutKey == null)) {
            throw new IllegalArgumentException("A notice is about a function's item, or about nothing");
        }
        this.residentId = Objects.requireNonNull(residentId, "residentId");
        this.actorId = Objects.requireNonNull(actorId, "actorId");
        this.kind = Objects.requireNonNull(kind, "kind");
        for (String parameter : parameters) {
            if (parameter.contains(SEPARATOR)) {
                throw new IllegalArgumentException("A notice parameter may not contain U+001F");
            }
        }
        this.parameters = String.join(SEPARATOR, parameters);
        this.aboutFunction = aboutFunction;
        this.aboutKey = aboutKey;
        this.createdAt = Objects.requireNonNull(createdAt, "createdAt");
    }

    /** Marks it read, once; reading it again keeps the first time. */
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

    public Instant getArchivedAt() {
        return archivedAt;
    }

    public Long getId() {
        return id;
    }

    /** Who caused the notice; null for notices from before actors were recorded. */
    public String getActorId() {
        return actorId;
    }

    public String getResidentId() {
        return residentId;
    }

    public NoticeKind getKind() {
        return kind;
    }

    public List<String> getParameters() {
        return parameters.isEmpty() ? List.of() : new ArrayList<>(List.of(parameters.split(SEPARATOR, -1)));
    }

    public String getAboutFunction() {
        return aboutFunction;
    }

    public String getAboutKey() {
        return aboutKey;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public Instant getReadAt() {
        return readAt;
    }
}
