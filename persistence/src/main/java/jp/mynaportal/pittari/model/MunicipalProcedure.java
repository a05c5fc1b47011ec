package jp.mynaportal.pittari.model;

import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.io.Serializable;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import jp.mynaportal.application.model.FormField;
import jp.mynaportal.application.model.FormFieldsConverter;
import jp.mynaportal.platform.model.UtcInstantConverter;

/**
 * A procedure one municipality or ward offers, with its own id (and so its own page). It either
 * follows a national template, optionally with rewritten texts, or is the municipality's own.
 * Staff change it only through {@link #rewrite}, {@link #changeOnlineService}, {@link #withdraw}
 * and {@link #republish}; each records who and when, and the version guards concurrent edits.
 */
@Entity
@Table(name = "pittari_procedure")
@NamedQuery(
        name = MunicipalProcedure.FIND_PUBLISHED_BY_MUNICIPALITY,
        query = "SELECT p FROM MunicipalProcedure p WHERE p.lgCode = :lgCode"
                + " AND p.status = jp.mynaportal.pittari.model.ProcedureStatus.PUBLISHED ORDER BY p.id")
@NamedQuery(
        name = MunicipalProcedure.FIND_PUBLISHED_BY_MUNICIPALITY_AND_CATEGORIES,
        query = "SELECT p FROM MunicipalProcedure p WHERE p.lgCode = :lgCode AND p.category IN :categories"
                + " AND p.status = jp.mynaportal.pittari.model.ProcedureStatus.PUBLISHED ORDER BY p.id")
@NamedQuery(
        name = MunicipalProcedure.COUNT_PUBLISHED_BY_CATEGORY,
        query = "SELECT p.category, COUNT(p) FROM MunicipalProcedure p WHERE p.lgCode = :lgCode"
                + " AND p.status = jp.mynaportal.pittari.model.ProcedureStatus.PUBLISHED GROUP BY p.category")
@NamedQuery(
        name = MunicipalProcedure.FIND_PUBLISHED_BY_MUNICIPALITIES,
        query = "SELECT p FROM MunicipalProcedure p WHERE p.lgCode IN :lgCodes"
                + " AND p.status = jp.mynaportal.pittari.model.ProcedureStatus.PUBLISHED ORDER BY p.id")
@NamedQuery(
        name = MunicipalProcedure.FIND_PUBLISHED_WITH_OWN_TEXT,
        query = "SELECT p FROM MunicipalProcedure p"
                + " WHERE p.status = jp.mynaportal.pittari.model.ProcedureStatus.PUBLISHED"
                + " AND (p.origin = jp.mynaportal.pittari.model.ProcedureOrigin.LOCAL OR p.name IS NOT NULL"
                + " OR p.reading IS NOT NULL OR p.summary IS NOT NULL) ORDER BY p.id")
@NamedQuery(
        name = MunicipalProcedure.COUNT_PUBLISHED,
        query = "SELECT COUNT(p) FROM MunicipalProcedure p"
                + " WHERE p.status = jp.mynaportal.pittari.model.ProcedureStatus.PUBLISHED")
public class MunicipalProcedure implements Serializable {

    public static final String FIND_PUBLISHED_BY_MUNICIPALITY = "MunicipalProcedure.findPublishedByMunicipality";
    public static final String FIND_PUBLISHED_BY_MUNICIPALITY_AND_CATEGORIES =
            "MunicipalProcedure.findPublishedByMunicipalityAndCategories";
    public static final String COUNT_PUBLISHED_BY_CATEGORY = "MunicipalProcedure.countPublishedByCategory";
    public static final String FIND_PUBLISHED_BY_MUNICIPALITIES = "MunicipalProcedure.findPublishedByMunicipalities";
    public static final String FIND_PUBLISHED_WITH_OWN_TEXT = "MunicipalProcedure.findPublishedWithOwnText";
    public static final String COUNT_PUBLISHED = "MunicipalProcedure.countPublished";

    private static final long serialVersionUID = 1L;

    @Id
    @SequenceGenerator(name = "pittari_procedure_seq", sequenceName = "pittari_procedure_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "pittari_procedure_seq")
    @Column(name = "id", nullable = false, updatable = false)
    private Long id;

    @Column(name = "lg_code", length = 6, nullable = false, updatable = false)
    private String lgCode;

    @ManyToOne(fetch = FetchType.EAGER)
    @JoinColumn(name = "template_id", updatable = false)
    private ProcedureTemplate template;

    @Enumerated(EnumType.STRING)
    @Column(name = "origin", length = 16, nullable = false, updatable = false)
    private ProcedureOrigin origin;

    @Enumerated(EnumType.STRING)
    @Column(name = "category_code", length = 32, nullable = false)
    private ProcedureCategory category;

    @Column(name = "name", length = 200)
    private String name;

    @Column(name = "reading", length = 400)
    private String reading;

    @Column(name = "summary", length = 2000)
    private String summary;

    @Column(name = "eligibility", length = 1000)
    private String eligibility;

    @Column(name = "required_documents", length = 2000)
    private String requiredDocuments;

    @Column(name = "submit_to", length = 200)
    private String submitTo;

    @Column(name = "fee", length = 200)
    private String fee;

    @Convert(converter = FormFieldsConverter.class)
    @Column(name = "typical_fields", length = 4000)
    private List<FormField> typicalFields;

    @Column(name = "online_available", nullable = false)
    private boolean onlineAvailable;

    @Column(name = "signature_required", nullable = false)
    private boolean signatureRequired;

    /** The first day applications are taken (Japan), or null. */
    @Column(name = "accept_from")
    private LocalDate acceptFrom;

    /** The last day applications are taken (Japan), or null. */
    @Column(name = "accept_until")
    private LocalDate acceptUntil;

    @Enumerated(EnumType.STRING)
    @Column(name = "status", length = 16, nullable = false)
    private ProcedureStatus status;

    @Convert(converter = UtcInstantConverter.class)
    @Column(name = "published_at", nullable = false)
    private Instant publishedAt;

    @Convert(converter = UtcInstantConverter.class)
    @Column(name = "withdrawn_at")
    private Instant withdrawnAt;

    @Convert(converter = UtcInstantConverter.class)
    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    @Column(name = "updated_by", length = 64)
    private String updatedBy;

    @Version
    @Column(name = "version", nullable = false)
    private int version;

    protected MunicipalProcedure() {
        // for JPA
    }

    private MunicipalProcedure(
            String lgCode,
            ProcedureTemplate template,
            ProcedureCategory category,
            boolean onlineAvailable,
            boolean signatureRequired,
            Instant at,
            String by) {
        this.lgCode = Objects.requireNonNull(lgCode, "lgCode");
        if (lgCode.length() != 6) {
            throw new IllegalArgumentException("lgCode must have 6 digits");
        }
        this.template = template;
        this.origin = template == null ? ProcedureOrigin.LOCAL : ProcedureOrigin.TEMPLATE;
        this.category = Objects.requireNonNull(category, "category");
        this.onlineAvailable = onlineAvailable;
        this.signatureRequired = signatureRequired;
        this.status = ProcedureStatus.PUBLISHED;
        this.publishedAt = Objects.requireNonNull(at, "at");
        this.updatedAt = at;
        this.updatedBy = Objects.requireNonNull(by, "by");
    }

    /** A municipality starts offering a national template, with the template's texts. */
    public static MunicipalProcedure fromTemplate(
            String lgCode,
            ProcedureTemplate template,
            boolean onlineAvailable,
            boolean signatureRequired,
            Instant at,
            String by) {
        Objects.requireNonNull(template, "template");
        return new MunicipalProcedure(
                lgCode, template, template.getCategory(), onlineAvailable, signatureRequired, at, by);
    }

    /** A procedure only this municipality has, with all of its own texts. */
    public static MunicipalProcedure local(
            String lgCode,
            ProcedureCategory category,
            ProcedureText text,
            boolean onlineAvailable,
            boolean signatureRequired,
            Instant at,
            String by) {
        MunicipalProcedure procedure =
                new MunicipalProcedure(lgCode, null, category, onlineAvailable, signatureRequired, at, by);
        procedure.applyText(Objects.requireNonNull(text, "text"));
        return procedure;
    }

    /** The municipality rewrites what residents read; from now on it no longer follows the template. */
    public void rewrite(ProcedureText text, Instant at, String by) {
        applyText(Objects.requireNonNull(text, "text"));
        touch(at, by);
    }

    /** The municipality starts or stops taking the procedure online, or changes the signature need. */
    public void changeOnlineService(boolean online, boolean signature, Instant at, String by) {
        this.onlineAvailable = online;
        this.signatureRequired = signature;
        touch(at, by);
    }

    /** Residents no longer find it; its page and past applications keep resolving. */
    public void withdraw(Instant at, String by) {
        if (status == ProcedureStatus.WITHDRAWN) {
            throw new IllegalStateException("Procedure " + id + " is already withdrawn");
        }
        this.status = ProcedureStatus.WITHDRAWN;
        this.withdrawnAt = Objects.requireNonNull(at, "at");
        touch(at, by);
    }

    /** Offers a withdrawn procedure again. */
    public void republish(Instant at, String by) {
        if (status == ProcedureStatus.PUBLISHED) {
            throw new IllegalStateException("Procedure " + id + " is already published");
        }
        this.status = ProcedureStatus.PUBLISHED;
        this.withdrawnAt = null;
        touch(at, by);
    }

    private void applyText(ProcedureText text) {
        this.name = text.name();
        this.reading = text.reading();
        this.summary = text.summary();
        this.eligibility = text.eligibility();
        this.requiredDocuments = text.requiredDocuments();
        this.submitTo = text.submitTo();
        this.fee = text.fee();
        this.typicalFields = text.typicalFields();
    }

    private void touch(Instant at, String by) {
        this.updatedAt = Objects.requireNonNull(at, "at");
        this.updatedBy = Objects.requireNonNull(by, "by");
    }

    public Long getId() {
        return id;
    }

    public String getLgCode() {
        return lgCode;
    }

    /** The template it follows, or {@code null} for the municipality's own procedure. */
    public ProcedureTemplate getTemplate() {
        return template;
    }

    public String getTemplateId() {
        return template == null ? null : template.getId();
    }

    public ProcedureOrigin getOrigin() {
        return origin;
    }

    public ProcedureCategory getCategory() {
        return category;
    }

    /** What residents read: the municipality's own texts where it wrote them, else the template's. */
    public ProcedureText getText() {
        if (template == null) {
            return new ProcedureText(
                    name, reading, summary, eligibility, requiredDocuments, submitTo, fee, typicalFields);
        }
        ProcedureText national = template.getText();
        return new ProcedureText(
                or(name, national.name()),
                or(reading, national.reading()),
                or(summary, national.summary()),
                or(eligibility, national.eligibility()),
                or(requiredDocuments, national.requiredDocuments()),
                or(submitTo, national.submitTo()),
                or(fee, national.fee()),
                typicalFields != null ? typicalFields : national.typicalFields());
    }

    private static <T> T or(T own, T national) {
        return own != null ? own : national;
    }

    /**
     * The English texts residents read with English chosen: the template's, unless the municipality
     * wrote texts of its own (which exist only in Japanese).
     */
    public Optional<EnglishText> getEnglishText() {
        if (template == null || hasOwnText() || typicalFields != null) {
            return Optional.empty();
        }
        return template.getEnglishText();
    }

    /** The name residents see (the municipality's own or the template's). */
    public String getName() {
        return name != null || template == null ? name : template.getName();
    }

    /** Whether its searchable texts differ from its template's (a local procedure or a rewrite). */
    public boolean hasOwnText() {
        return template == null || name != null || reading != null || summary != null;
    }

    public boolean isOnlineAvailable() {
        return onlineAvailable;
    }

    /** When the procedure takes applications; empty when it does all year round. */
    public Optional<AcceptancePeriod> getAcceptancePeriod() {
        return acceptFrom == null && acceptUntil == null
                ? Optional.empty()
                : Optional.of(new AcceptancePeriod(acceptFrom, acceptUntil));
    }

    /** Whether it can be applied for online on the day (Japan): online, and within its acceptance period. */
    public boolean isOnlineOn(LocalDate day) {
        return onlineAvailable
                && getAcceptancePeriod().map(p -> p.contains(day)).orElse(true);
    }

    public boolean isSignatureRequired() {
        return signatureRequired;
    }

    public ProcedureStatus getStatus() {
        return status;
    }

    public boolean isPublished() {
        return status == ProcedureStatus.PUBLISHED;
    }

    public Instant getPublishedAt() {
        return publishedAt;
    }

    public Instant getWithdrawnAt() {
        return withdrawnAt;
    }

    public Instant getUpdatedAt() {
        return updatedAt;
    }

    public String getUpdatedBy() {
        return updatedBy;
    }

    public int getVersion() {
        return version;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof MunicipalProcedure that && id != null && id.equals(that.id);
    }

    @Override
    public int hashCode() {
        return Objects.hashCode(id);
    }

    @Override
    public String toString() {
        return id + " " + lgCode + " " + getName();
    }
}
