package jp.mynaportal.connect.model;

import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.time.Instant;
import java.util.Objects;
import jp.mynaportal.platform.model.UtcInstantConverter;

/**
 * The subject ({@code sub}) one site knows a resident by: random, made once per (site, resident)
 * and kept after a disconnection, so that the resident is the same person to the site when they
 * connect again, and no two sites can match their residents by it.
 */
@Entity
@Table(name = "connect_subject")
@IdClass(PairwiseSubject.Key.class)
@NamedQuery(
        name = PairwiseSubject.FIND_BY_SUBJECT,
        query = "SELECT s FROM PairwiseSubject s WHERE s.clientId = :clientId AND s.subject = :subject")
public class PairwiseSubject {

    public static final String FIND_BY_SUBJECT = "PairwiseSubject.findBySubject";

    /** The primary key: site and resident. */
    public static class Key implements Serializable {

        private static final long serialVersionUID = 1L;

        private String clientId;
        private String residentId;

        public Key() {}

        public Key(String clientId, String residentId) {
            this.clientId = clientId;
            this.residentId = residentId;
        }

        @Override
        public boolean equals(Object other) {
            return other instanceof Key key
                    && Objects.equals(clientId, key.clientId)
                    && Objects.equals(residentId, key.residentId);
        }

        @Override
        public int hashCode() {
            return Objects.hash(clientId, residentId);
        }
    }

    @Id
    @Column(name = "client_id", length = 64, nullable = false, updatable = false)
    private String clientId;

    @Id
    @Column(name = "resident_id", length = 36, nullable = false, updatable = false)
    private String residentId;

    @Column(name = "subject", length = 64, nullable = false, updatable = false)
    private String subject;

    @Convert(converter = UtcInstantConverter.class)
    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    protected PairwiseSubject() {}

    public PairwiseSubject(String clientId, String residentId, String subject, Instant createdAt) {
        this.clientId = Objects.requireNonNull(clientId, "clientId");
        this.residentId = Objects.requireNonNull(residentId, "residentId");
        this.subject = Objects.requireNonNull(subject, "subject");
        this.createdAt = Objects.requireNonNull(createdAt, "createdAt");
    }

    public String getClientId() {
        return clientId;
    }

    public String getResidentId() {
        return residentId;
    }

    public String getSubject() {
        return subject;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }
}
