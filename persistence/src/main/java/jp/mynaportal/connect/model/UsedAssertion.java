package jp.mynaportal.connect.model;

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

/** A private_key_jwt client assertion already used (its {@code jti}), refused if sent again before it expires. */
@Entity
@Table(name = "connect_assertion")
@IdClass(UsedAssertion.Key.class)
public class UsedAssertion {

    /** The primary key: site and assertion id. */
    public static class Key implements Serializable {

        private static final long serialVersionUID = 1L;

        private String clientId;
        private String jti;

        public Key() {}

        public Key(String clientId, String jti) {
            this.clientId = clientId;
            this.jti = jti;
        }

        @Override
        public boolean equals(Object other) {
            return other instanceof Key key && Objects.equals(clientId, key.clientId) && Objects.equals(jti, key.jti);
        }

        @Override
        public int hashCode() {
            return Objects.hash(clientId, jti);
        }
    }

    @Id
    @Column(name = "client_id", length = 64, nullable = false, updatable = false)
    private String clientId;

    @Id
    @Column(name = "jti", length = 128, nullable = false, updatable = false)
    private String jti;

    @Convert(converter = UtcInstantConverter.class)
    @Column(name = "expires_at", nullable = false, updatable = false)
    private Instant expiresAt;

    protected UsedAssertion() {}

    public UsedAssertion(String clientId, String jti, Instant expiresAt) {
        this.clientId = Objects.requireNonNull(clientId, "clientId");
        this.jti = Objects.requireNonNull(jti, "jti");
        this.expiresAt = Objects.requireNonNull(expiresAt, "expiresAt");
    }

    public String getClientId() {
        return clientId;
    }

    public String getJti() {
        return jti;
    }

    public Instant getExpiresAt() {
        return expiresAt;
    }
}
