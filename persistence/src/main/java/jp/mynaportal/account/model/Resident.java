package jp.mynaportal.account.model;

import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;
import java.util.UUID;
import jp.mynaportal.platform.model.UtcInstantConverter;

/** 住民: a person the portal knows, with the municipality they are registered in. */
@Entity
@Table(name = "resident")
public class Resident implements Serializable {

    private static final long serialVersionUID = 1L;

    @Id
    @Column(name = "id", length = 36, nullable = false, updatable = false)
    private String id;

    @Column(name = "full_name", length = 100, nullable = false)
    private String fullName;

    @Column(name = "address", length = 300, nullable = false)
    private String address;

    @Column(name = "birth_date", nullable = false)
    private LocalDate birthDate;

    @Column(name = "lg_code", length = 6, nullable = false)
    private String lgCode;

    @Convert(converter = UtcInstantConverter.class)
    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    protected Resident() {}

    public Resident(String fullName, String address, LocalDate birthDate, String lgCode, Instant createdAt) {
        this(UUID.randomUUID().toString(), fullName, address, birthDate, lgCode, createdAt);
    }

    /** A resident with a given identifier (e.g. a stable one for seeded demo residents). */
    public Resident(String id, String fullName, String address, LocalDate birthDate, String lgCode, Instant createdAt) {
        this.id = Objects.requireNonNull(id, "id");
        this.fullName = Objects.requireNonNull(fullName, "fullName");
        this.address = Objects.requireNonNull(address, "address");
        this.birthDate = Objects.requireNonNull(birthDate, "birthDate");
        this.lgCode = Objects.requireNonNull(lgCode, "lgCode");
        this.createdAt = Objects.requireNonNull(createdAt, "createdAt");
    }

    public String getId() {
        return id;
    }

    public String getFullName() {
        return fullName;
    }

    public String getAddress() {
        return address;
    }

    public LocalDate getBirthDate() {
        return birthDate;
    }

    /** The local-government code of the municipality the resident is registered in. */
    public String getLgCode() {
        return lgCode;
    }

    /** The resident moved: from now on registered in another municipality. */
    public void moveTo(String newLgCode) {
        this.lgCode = Objects.requireNonNull(newLgCode, "newLgCode");
    }

    public Instant getCreatedAt() {
        return createdAt;
    }
}
