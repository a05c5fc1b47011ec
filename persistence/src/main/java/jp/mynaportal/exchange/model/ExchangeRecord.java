package jp.mynaportal.exchange.model;

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
import java.time.Instant;
import java.util.Objects;
import jp.mynaportal.platform.model.UtcInstantConverter;

/**
 * One exchange of a resident's information, as the agency that took part recorded it: when, which
 * agency asked (照会機関), which answered (提供機関), for which procedure (事務), which information
 * (特定個人情報名), and what came of it. Never changed once recorded.
 */
@Entity
@Table(name = "exchange_record")
public class ExchangeRecord {

    @Id
    @SequenceGenerator(name = "exchange_record_seq", sequenceName = "exchange_record_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "exchange_record_seq")
    @Column(name = "id", nullable = false, updatable = false)
    private Long id;

    @Column(name = "resident_id", length = 36, nullable = false, updatable = false)
    private String residentId;

    @Convert(converter = UtcInstantConverter.class)
    @Column(name = "exchanged_at", nullable = false, updatable = false)
    private Instant exchangedAt;

    @Column(name = "requester_code", length = 32, nullable = false, updatable = false)
    private String requesterCode;

    @Column(name = "requester_name", length = 200, nullable = false, updatable = false)
    private String requesterName;

    @Column(name = "provider_code", length = 32, nullable = false, updatable = false)
    private String providerCode;

    @Column(name = "provider_name", length = 200, nullable = false, updatable = false)
    private String providerName;

    @Column(name = "procedure_name", length = 300, nullable = false, updatable = false)
    private String procedureName;

    @Column(name = "information_name", length = 300, nullable = false, updatable = false)
    private String informationName;

    @Enumerated(EnumType.STRING)
    @Column(name = "outcome", length = 16, nullable = false, updatable = false)
    private ExchangeOutcome outcome;

    @Column(name = "recorded_by", length = 32, nullable = false, updatable = false)
    private String recordedBy;

    @Convert(converter = UtcInstantConverter.class)
    @Column(name = "recorded_at", nullable = false, updatable = false)
    private Instant recordedAt;

    protected ExchangeRecord() {}

    /**
     * @param requester the agency that asked (照会機関)
     * @param provider the agency that answered (提供機関)
     * @param recordedBy the code of the agency that recorded it (one of the two)
     */
    public ExchangeRecord(
            String residentId,
            Instant exchangedAt,
            Party requester,
            Party provider,
            String procedureName,
            String informationName,
            ExchangeOutcome outcome,
            String recordedBy,
            Instant recordedAt) {
        this.residentId = Objects.requireNonNull(residentId, "residentId");
        this.exchangedAt = Objects.requireNonNull(exchangedAt, "exchangedAt");
        this.requesterCode = requester.code();
        this.requesterName = requester.name();
        this.providerCode = provider.code();
        this.providerName = provider.name();
        this.procedureName = Objects.requireNonNull(procedureName, "procedureName");
        this.informationName = Objects.requireNonNull(informationName, "informationName");
        this.outcome = Objects.requireNonNull(outcome, "outcome");
        this.recordedBy = Objects.requireNonNull(recordedBy, "recordedBy");
        this.recordedAt = Objects.requireNonNull(recordedAt, "recordedAt");
    }

    /** An agency taking part in an exchange: its code and its name as it recorded it. */
    public record Party(String code, String name) {
        public Party {
            Objects.requireNonNull(code, "code");
            Objects.requireNonNull(name, "name");
        }
    }

    public Long getId() {
        return id;
    }

    public String getResidentId() {
        return residentId;
    }

    public Instant getExchangedAt() {
        return exchangedAt;
    }

    public Party getRequester() {
        return new Party(requesterCode, requesterName);
    }

    public Party getProvider() {
        return new Party(providerCode, providerName);
    }

    public String getProcedureName() {
        return procedureName;
    }

    public String getInformationName() {
        return informationName;
    }

    public ExchangeOutcome getOutcome() {
        return outcome;
    }

    public String getRecordedBy() {
        return recordedBy;
    }

    public Instant getRecordedAt() {
        return recordedAt;
    }
}
