package jp.mynaportal.agency.model;

import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.time.Instant;
import java.util.Objects;
import jp.mynaportal.platform.model.UtcInstantConverter;

/**
 * The single-use id (jti) of an agency request the portal accepted, kept until the request's
 * signature expires, so that the same signed request is never accepted twice.
 */
@Entity
@Table(name = "agency_request_id")
@IdClass(AgencyRequestId.Key.class)
public class AgencyRequestId {

    @Id
    @Column(name = "agency_code", length = 16, nullable = false, updatable = false)
    private String agencyCode;

    @Id
    @Column(name = "jti", length = 128, nullable = false, updatable = false)
    private String jti;

    @Convert(converter = UtcInstantConverter.class)
    @Column(name = "expires_at", nullable = false, updatable = false)
    private Instant expiresAt;

    protected AgencyRequestId() {}

    public AgencyRequestId(String agencyCode, String jti, Instant expiresAt) {
        this.agencyCode = Objects.requireNonNull(agencyCode, "agencyCode");
        this.jti = Objects.requireNonNull(jti, "jti");
        this.expiresAt = Objects.requireNonNull(expiresAt, "expiresAt");
    }

    /** The primary key: agency and jti. */
    public static class Key implements Serializable {

        private static final long serialVersionUID = 1L;

        private String agencyCode;
        private String jti;

        public Key() {}

        public Key(String agencyCode, String jti) {
            this.agencyCode = agencyCode;
            this.jti = jti;
        }

        @Override
        public boolean equals(Object other) {
            return other instanceof Key key
                    && Objects.equals(agencyCode, key.agencyCode)
                    && Objects.equals(jti, key.jti);
        }

        @Override
        public int hashCode() {
            return Objects.hash(agencyCode, jti);
        }
    }
}
