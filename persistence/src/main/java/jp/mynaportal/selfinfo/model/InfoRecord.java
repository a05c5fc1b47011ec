package jp.mynaportal.selfinfo.model;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.OneToMany;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import jp.mynaportal.platform.model.UtcInstantConverter;
import org.eclipse.persistence.annotations.BatchFetch;
import org.eclipse.persistence.annotations.BatchFetchType;

/**
 * One version of an agency's record about a resident in one 分野詳細: valid from {@code validFrom}
 * (inclusive) until {@code validTo} (exclusive; open when null), recorded by the agency at {@code
 * recordedAt}. A correction is the next version of the same agency record id; the version it
 * replaced is kept and marked superseded at that moment, and changes no more.
 *
 * <p>Not in EclipseLink's shared cache (the persistence unit caches only {@code @Cacheable}
 * entities), and neither are its values: the agencies' batch upload writes versions, values and
 * superseded marks with plain JDBC in the request's transaction, so every read must come from the
 * database.
 */
@Entity
@Table(name = "selfinfo_record")
@NamedQuery(
        name = InfoRecord.FIND_VALID_ON,
        query = "SELECT r FROM InfoRecord r WHERE r.residentId = :residentId AND r.itemCode IN :items"
                + " AND r.supersededAt IS NULL AND r.validFrom <= :date"
                + " AND (r.validTo IS NULL OR r.validTo > :date)"
                + " ORDER BY r.itemCode, r.agencyCode, r.validFrom DESC, r.id")
@NamedQuery(
        name = InfoRecord.FIND_CURRENT_OF_ITEM,
        query = "SELECT r FROM InfoRecord r WHERE r.residentId = :residentId AND r.itemCode = :item"
                + " AND r.supersededAt IS NULL ORDER BY r.validFrom, r.id")
@NamedQuery(
        name = InfoRecord.FIND_VERSIONS,
        query = "SELECT r FROM InfoRecord r WHERE r.agencyCode = :agencyCode AND r.agencyRecordId = :recordId"
                + " ORDER BY r.version")
public class InfoRecord {

    public static final String FIND_VALID_ON = "InfoRecord.findValidOn";
    public static final String FIND_CURRENT_OF_ITEM = "InfoRecord.findCurrentOfItem";
    public static final String FIND_VERSIONS = "InfoRecord.findVersions";

    /**
     * The ids one call of {@code selfinfo_record_seq} hands out (the sequence's increment): a value
     * N of the sequence stands for the ids N - 99 to N, whether EclipseLink or the batch upload's
     * JDBC writer takes it.
     */
    public static final int ID_ALLOCATION = 100;

    @Id
    @SequenceGenerator(
            name = "selfinfo_record_seq",
            sequenceName = "selfinfo_record_seq",
            allocationSize = ID_ALLOCATION)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "selfinfo_record_seq")
    @Column(name = "id", nullable = false, updatable = false)
    private Long id;

    @Column(name = "resident_id", length = 36, nullable = false, updatable = false)
    private String residentId;

    @Column(name = "item_code", length = 40, nullable = false, updatable = false)
    private String itemCode;

    @Column(name = "agency_code", length = 16, nullable = false, updatable = false)
    private String agencyCode;

    @Column(name = "agency_record_id", length = 64, nullable = false, updatable = false)
    private String agencyRecordId;

    @Column(name = "version", nullable = false, updatable = false)
    private int version;

    @Column(name = "valid_from", nullable = false, updatable = false)
    private LocalDate validFrom;

    @Column(name = "valid_to", updatable = false)
    private LocalDate validTo;

    @Convert(converter = UtcInstantConverter.class)
    @Column(name = "recorded_at", nullable = false, updatable = false)
    private Instant recordedAt;

    @Convert(converter = UtcInstantConverter.class)
    @Column(name = "superseded_at")
    private Instant supersededAt;

    @OneToMany(mappedBy = "record", cascade = CascadeType.PERSIST, fetch = FetchType.EAGER)
    @BatchFetch(BatchFetchType.IN)
    private List<RecordValue> values = new ArrayList<>();

    protected InfoRecord() {}

    /**
     * @param validTo the first day it is no longer valid, or null while it is
     */
    public InfoRecord(
            String residentId,
            String itemCode,
            String agencyCode,
            String agencyRecordId,
            int version,
            LocalDate validFrom,
            LocalDate validTo,
            Instant recordedAt,
            List<RecordValue> values) {
        this.residentId = Objects.requireNonNull(residentId, "residentId");
        this.itemCode = Objects.requireNonNull(itemCode, "itemCode");
        this.agencyCode = Objects.requireNonNull(agencyCode, "agencyCode");
        this.agencyRecordId = Objects.requireNonNull(agencyRecordId, "agencyRecordId");
        if (version < 1) {
            throw new IllegalArgumentException("Versions count from 1");
        }
        this.version = version;
        this.validFrom = Objects.requireNonNull(validFrom, "validFrom");
        if (validTo != null && !validTo.isAfter(validFrom)) {
            throw new IllegalArgumentException("A record ends after it begins");
        }
        this.validTo = validTo;
        this.recordedAt = Objects.requireNonNull(recordedAt, "recordedAt");
        this.values = new ArrayList<>(values.size());
        for (RecordValue value : values) {
            this.values.add(value.of(this));
        }
    }

    /**
     * A version as stored, read without the entity manager (the batch upload reads the current
     * versions of its record ids with one JDBC query): not managed, so marking it superseded
     * writes nothing by itself.
     */
    public static InfoRecord stored(
            long id,
            String residentId,
            String itemCode,
            String agencyCode,
            String agencyRecordId,
            int version,
            LocalDate validFrom,
            LocalDate validTo,
            Instant recordedAt,
            List<RecordValue> values) {
        InfoRecord record = new InfoRecord(
                residentId, itemCode, agencyCode, agencyRecordId, version, validFrom, validTo, recordedAt, values);
        record.id = id;
        return record;
    }

    /** The correction that replaces this version: the next version, recorded now. */
    public InfoRecord correctedBy(
            String residentId,
            String itemCode,
            LocalDate validFrom,
            LocalDate validTo,
            Instant at,
            List<RecordValue> values) {
        if (supersededAt != null) {
            throw new IllegalStateException("Only the current version is corrected");
        }
        supersededAt = at;
        return new InfoRecord(
                residentId, itemCode, agencyCode, agencyRecordId, version + 1, validFrom, validTo, at, values);
    }

    /** Whether a submission would say exactly what this version says. */
    public boolean says(
            String residentId, String itemCode, LocalDate validFrom, LocalDate validTo, List<RecordValue> other) {
        if (!this.residentId.equals(residentId)
                || !this.itemCode.equals(itemCode)
                || !this.validFrom.equals(validFrom)
                || !Objects.equals(this.validTo, validTo)
                || values.size() != other.size()) {
            return false;
        }
        List<RecordValue> mine = sorted(values);
        List<RecordValue> theirs = sorted(other);
        for (int i = 0; i < mine.size(); i++) {
            if (!mine.get(i).sameAs(theirs.get(i))) {
                return false;
            }
        }
        return true;
    }

    private static List<RecordValue> sorted(List<RecordValue> values) {
        return values.stream()
                .sorted(Comparator.comparing(RecordValue::getAttribute))
                .toList();
    }

    public Long getId() {
        return id;
    }

    public String getResidentId() {
        return residentId;
    }

    public String getItemCode() {
        return itemCode;
    }

    public String getAgencyCode() {
        return agencyCode;
    }

    public String getAgencyRecordId() {
        return agencyRecordId;
    }

    public int getVersion() {
        return version;
    }

    public LocalDate getValidFrom() {
        return validFrom;
    }

    /** The first day it is no longer valid, or null. */
    public LocalDate getValidTo() {
        return validTo;
    }

    public Instant getRecordedAt() {
        return recordedAt;
    }

    /** When a correction replaced it, or null for the current version. */
    public Instant getSupersededAt() {
        return supersededAt;
    }

    public List<RecordValue> getValues() {
        return List.copyOf(values);
    }
}
