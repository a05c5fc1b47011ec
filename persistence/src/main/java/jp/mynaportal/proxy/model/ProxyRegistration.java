package jp.mynaportal.proxy.model;

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
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import jp.mynaportal.platform.model.UtcInstantConverter;

/**
 * A resident's registration of a 代理人: the granted services (names of the service layer's grant
 * enum) and あなたの情報 分野, the period, and the certificate each card presented when it confirmed.
 * It changes only through its intent-named methods.
 */
@Entity
@Table(name = "proxy_registration")
@NamedQuery(
        name = ProxyRegistration.FIND_BY_PERSON,
        query = "SELECT r FROM ProxyRegistration r WHERE (r.residentId = :person OR r.proxyId = :person)"
                + " AND r.state IN :states ORDER BY r.validFrom DESC, r.id DESC")
@NamedQuery(
        name = ProxyRegistration.FIND_LIVE,
        query = "SELECT r FROM ProxyRegistration r WHERE r.proxyId = :proxy AND r.residentId = :resident"
                + " AND r.state = jp.mynaportal.proxy.model.ProxyState.ACTIVE ORDER BY r.id")
@NamedQuery(
        name = ProxyRegistration.FIND_BY_STATE,
        query = "SELECT r FROM ProxyRegistration r WHERE r.state = :state ORDER BY r.id")
@NamedQuery(
        name = ProxyRegistration.FIND_STALE_PENDING,
        query = "SELECT r FROM ProxyRegistration r WHERE r.state = jp.mynaportal.proxy.model.ProxyState.PENDING"
                + " AND r.pendingUntil <= :now")
public class ProxyRegistration {

    public static final String FIND_BY_PERSON = "ProxyRegistration.findByPerson";
    public static final String FIND_LIVE = "ProxyRegistration.findLive";
    public static final String FIND_BY_STATE = "ProxyRegistration.findByState";
    public static final String FIND_STALE_PENDING = "ProxyRegistration.findStalePending";

    @Id
    @SequenceGenerator(name = "proxy_registration_seq", sequenceName = "proxy_registration_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "proxy_registration_seq")
    @Column(name = "id", nullable = false, updatable = false)
    private Long id;

    @Column(name = "resident_id", length = 36, nullable = false, updatable = false)
    private String residentId;

    @Column(name = "proxy_id", length = 36)
    private String proxyId;

    @Column(name = "scopes", length = 200, nullable = false)
    private String scopes;

    @Column(name = "fields", length = 400, nullable = false)
    private String fields;

    @Column(name = "valid_from", nullable = false)
    private LocalDate validFrom;

    @Column(name = "valid_to", nullable = false)
    private LocalDate validTo;

    @Enumerated(EnumType.STRING)
    @Column(name = "state", length = 16, nullable = false)
    private ProxyState state;

    @Column(name = "replaces_id", updatable = false)
    private Long replacesId;

    @Convert(converter = UtcInstantConverter.class)
    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    @Convert(converter = UtcInstantConverter.class)
    @Column(name = "pending_until")
    private Instant pendingUntil;

    @Column(name = "resident_cert_ref", length = 600)
    private String residentCertRef;

    @Column(name = "resident_certificate", length = 8000)
    private String residentCertificate;

    @Convert(converter = UtcInstantConverter.class)
    @Column(name = "resident_confirmed_at")
    private Instant residentConfirmedAt;

    @Column(name = "proxy_cert_ref", length = 600)
    private String proxyCertRef;

    @Column(name = "proxy_certificate", length = 8000)
    private String proxyCertificate;

    @Convert(converter = UtcInstantConverter.class)
    @Column(name = "proxy_confirmed_at")
    private Instant proxyConfirmedAt;

    @Convert(converter = UtcInstantConverter.class)
    @Column(name = "ended_at")
    private Instant endedAt;

    @Column(name = "end_reason", length = 32)
    private String endReason;

    @Version
    @Column(name = "row_version", nullable = false)
    private long rowVersion;

    protected ProxyRegistration() {}

    /**
     * A registration the resident started: pending until both cards confirmed it, at the latest until
     * {@code pendingUntil}.
     *
     * @param replacesId the live registration a widening replaces, or null for a new one
     * @param proxyId the 代理人 of the replaced registration, or null until the 代理人's card names them
     */
    public ProxyRegistration(
            String residentId,
            String proxyId,
            Collection<String> scopes,
            Collection<String> fields,
            LocalDate validFrom,
            LocalDate validTo,
            Long replacesId,
            Instant createdAt,
            Instant pendingUntil) {
        this.residentId = Objects.requireNonNull(residentId, "residentId");
        this.proxyId = proxyId;
        this.scopes = String.join(",", scopes);
        this.fields = String.join(",", fields);
        this.validFrom = Objects.requireNonNull(validFrom, "validFrom");
        this.validTo = Objects.requireNonNull(validTo, "validTo");
        this.replacesId = replacesId;
        this.createdAt = Objects.requireNonNull(createdAt, "createdAt");
        this.pendingUntil = Objects.requireNonNull(pendingUntil, "pendingUntil");
        this.state = ProxyState.PENDING;
    }

    /** The resident's own card confirmed the pending registration. */
    public void confirmByResident(String certificateRef, String certificate, Instant at) {
        requireState(ProxyState.PENDING);
        this.residentCertRef = Objects.requireNonNull(certificateRef, "certificateRef");
        this.residentCertificate = Objects.requireNonNull(certificate, "certificate");
        this.residentConfirmedAt = Objects.requireNonNull(at, "at");
    }

    /** The 代理人's card confirmed it after the resident's: the registration is live. */
    public void confirmByProxy(String proxyId, String certificateRef, String certificate, Instant at) {
        requireState(ProxyState.PENDING);
        if (residentConfirmedAt == null) {
            throw new IllegalStateException("the resident confirms first");
        }
        this.proxyId = Objects.requireNonNull(proxyId, "proxyId");
        this.proxyCertRef = Objects.requireNonNull(certificateRef, "certificateRef");
        this.proxyCertificate = Objects.requireNonNull(certificate, "certificate");
        this.proxyConfirmedAt = Objects.requireNonNull(at, "at");
        this.pendingUntil = null;
        this.state = ProxyState.ACTIVE;
    }

    /** A narrower grant or a shorter period, which the resident alone may decide. */
    public void narrow(Collection<String> scopes, Collection<String> fields, LocalDate validFrom, LocalDate validTo) {
        requireState(ProxyState.ACTIVE);
        this.validFrom = Objects.requireNonNull(validFrom, "validFrom");
        this.scopes = String.join(",", scopes);
        this.fields = String.join(",", fields);
        this.validTo = Objects.requireNonNull(validTo, "validTo");
    }

    /** The registration ends for good (revoked, expired, stopped or replaced). */
    public void end(ProxyState why, String reason, Instant at) {
        if (!why.ended()) {
            throw new IllegalArgumentException("not an end: " + why);
        }
        requireState(ProxyState.ACTIVE);
        this.state = why;
        this.endReason = reason;
        this.endedAt = Objects.requireNonNull(at, "at");
    }

    private void requireState(ProxyState expected) {
        if (state != expected) {
            throw new IllegalStateException("registration " + id + " is " + state + ", not " + expected);
        }
    }

    private static List<String> split(String joined) {
        return joined == null || joined.isEmpty() ? List.of() : Arrays.asList(joined.split(","));
    }

    public Long getId() {
        return id;
    }

    public String getResidentId() {
        return residentId;
    }

    public String getProxyId() {
        return proxyId;
    }

    public List<String> getScopes() {
        return split(scopes);
    }

    public List<String> getFields() {
        return split(fields);
    }

    public LocalDate getValidFrom() {
        return validFrom;
    }

    public LocalDate getValidTo() {
        return validTo;
    }

    public ProxyState getState() {
        return state;
    }

    public Long getReplacesId() {
        return replacesId;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public Instant getPendingUntil() {
        return pendingUntil;
    }

    public String getResidentCertRef() {
        return residentCertRef;
    }

    public String getResidentCertificate() {
        return residentCertificate;
    }

    public Instant getResidentConfirmedAt() {
        return residentConfirmedAt;
    }

    public String getProxyCertRef() {
        return proxyCertRef;
    }

    public String getProxyCertificate() {
        return proxyCertificate;
    }

    public Instant getProxyConfirmedAt() {
        return proxyConfirmedAt;
    }

    public Instant getEndedAt() {
        return endedAt;
    }

    public String getEndReason() {
        return endReason;
    }
}
