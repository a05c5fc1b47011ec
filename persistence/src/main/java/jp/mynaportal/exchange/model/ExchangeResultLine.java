package jp.mynaportal.exchange.model;

import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.time.Instant;
import java.util.Objects;
import jp.mynaportal.platform.model.UtcInstantConverter;

/**
 * A line of a built result: a copy of one exchange record as it was when the result was built,
 * written by the repository's {@code INSERT … SELECT} and only read through JPA.
 */
@Entity
@Table(name = "exchange_result_line")
@IdClass(ExchangeResultLine.Key.class)
public class ExchangeResultLine {

    @Id
    @Column(name = "request_id", nullable = false, updatable = false)
    private long requestId;

    @Id
    @Column(name = "record_id", nullable = false, updatable = false)
    private long recordId;

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

    protected ExchangeResultLine() {}

    public long getRequestId() {
        return requestId;
    }

    public long getRecordId() {
        return recordId;
    }

    public Instant getExchangedAt() {
        return exchangedAt;
    }

    public String getRequesterCode() {
        return requesterCode;
    }

    public String getRequesterName() {
        return requesterName;
    }

    public String getProviderCode() {
        return providerCode;
    }

    public String getProviderName() {
        return providerName;
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

    /** The key of a line: its request and the record it copies. */
    public static class Key implements Serializable {

        private static final long serialVersionUID = 1L;

        private long requestId;
        private long recordId;

        public Key() {}

        public Key(long requestId, long recordId) {
            this.requestId = requestId;
            this.recordId = recordId;
        }

        @Override
        public boolean equals(Object other) {
            return other instanceof Key k && k.requestId == requestId && k.recordId == recordId;
        }

        @Override
        public int hashCode() {
            return Objects.hash(requestId, recordId);
        }
    }
}
