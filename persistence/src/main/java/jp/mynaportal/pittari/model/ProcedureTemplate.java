package jp.mynaportal.pittari.model;

import jakarta.persistence.Cacheable;
import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.io.Serializable;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import jp.mynaportal.application.model.FormField;
import jp.mynaportal.application.model.FormFieldsConverter;
import jp.mynaportal.platform.model.UtcInstantConverter;

/** A procedure as the national catalogue describes it, in one of the twelve categories. */
@Entity
@Cacheable
@Table(name = "pittari_template")
@NamedQuery(name = ProcedureTemplate.FIND_ALL, query = "SELECT t FROM ProcedureTemplate t ORDER BY t.id")
public class ProcedureTemplate implements Serializable {

    public static final String FIND_ALL = "ProcedureTemplate.findAll";

    private static final long serialVersionUID = 1L;

    @Id
    @Column(name = "id", length = 16, nullable = false, updatable = false)
    private String id;

    @Enumerated(EnumType.STRING)
    @Column(name = "category_code", length = 32, nullable = false)
    private ProcedureCategory category;

    @Column(name = "name", length = 200, nullable = false)
    private String name;

    @Column(name = "reading", length = 400, nullable = false)
    private String reading;

    @Column(name = "summary", length = 2000, nullable = false)
    private String summary;

    @Column(name = "eligibility", length = 1000, nullable = false)
    private String eligibility;

    @Column(name = "required_documents", length = 2000, nullable = false)
    private String requiredDocuments;

    @Column(name = "submit_to", length = 200, nullable = false)
    private String submitTo;

    @Column(name = "fee", length = 200, nullable = false)
    private String fee;

    @Column(name = "online_possible", nullable = false)
    private boolean onlinePossible;

    @Column(name = "signature_required", nullable = false)
    private boolean signatureRequired;

    @Convert(converter = FormFieldsConverter.class)
    @Column(name = "typical_fields", length = 4000, nullable = false)
    private List<FormField> typicalFields;

    @Column(name = "name_en", length = 200)
    private String nameEn;

    @Column(name = "summary_en", length = 2000)
    private String summaryEn;

    @Column(name = "field_labels_en", length = 4000)
    private String fieldLabelsEn;

    @Column(name = "eligibility_en", length = 2000)
    private String eligibilityEn;

    @Column(name = "documents_en", length = 4000)
    private String documentsEn;

    @Column(name = "submit_to_en", length = 400)
    private String submitToEn;

    @Column(name = "fee_en", length = 400)
    private String feeEn;

    @Convert(converter = UtcInstantConverter.class)
    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    @Version
    @Column(name = "version", nullable = false)
    private int version;

    protected ProcedureTemplate() {
        // for JPA
    }

    public ProcedureTemplate(
            String id,
            ProcedureCategory category,
            ProcedureText text,
            boolean onlinePossible,
            boolean signatureRequired,
            Instant updatedAt) {
        this.id = Objects.requireNonNull(id, "id");
        this.category = Objects.requireNonNull(category, "category");
        this.onlinePossible = onlinePossible;
        this.signatureRequired = signatureRequired;
        this.updatedAt = Objects.requireNonNull(updatedAt, "updatedAt");
        apply(Objects.requireNonNull(text, "text"));
    }

    /** Replaces the national description; municipalities that did not rewrite it follow at once. */
    public void revise(ProcedureText text, Instant at) {
        apply(Objects.requireNonNull(text, "text"));
        this.updatedAt = Objects.requireNonNull(at, "at");
    }

    private void apply(ProcedureText text) {
        this.name = text.name();
        this.reading = text.reading();
        this.summary = text.summary();
        this.eligibility = text.eligibility();
        this.requiredDocuments = text.requiredDocuments();
        this.submitTo = text.submitTo();
        this.fee = text.fee();
        this.typicalFields = text.typicalFields();
    }

    public String getId() {
        return id;
    }

    public ProcedureCategory getCategory() {
        return category;
    }

    public ProcedureText getText() {
        return new ProcedureText(name, reading, summary, eligibility, requiredDocuments, submitTo, fee, typicalFields);
    }

    /** The English texts, if the catalogue has them for this template. */
    public Optional<EnglishText> getEnglishText() {
        if (nameEn == null || summaryEn == null) {
            return Optional.empty();
        }
        return Optional.of(new EnglishText(
                nameEn,
                summaryEn,
                EnglishText.parseLabels(fieldLabelsEn),
                eligibilityEn,
                documentsEn,
                submitToEn,
                feeEn));
    }

    /** Gives the template its English texts (or replaces them). */
    public void translate(EnglishText english) {
        Objects.requireNonNull(english, "english");
        this.nameEn = english.name();
        this.summaryEn = english.summary();
        this.fieldLabelsEn = EnglishText.formatLabels(english.fieldLabels());
        this.eligibilityEn = english.eligibility();
        this.documentsEn = english.documents();
        this.submitToEn = english.submitTo();
        this.feeEn = english.fee();
    }

    public String getName() {
        return name;
    }

    /** Whether some municipality can take it online (each municipality decides for itself). */
    public boolean isOnlinePossible() {
        return onlinePossible;
    }

    /** Whether an online application usually needs the signing certificate's electronic signature. */
    public boolean isSignatureRequired() {
        return signatureRequired;
    }

    public Instant getUpdatedAt() {
        return updatedAt;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof ProcedureTemplate that && id.equals(that.id);
    }

    @Override
    public int hashCode() {
        return id.hashCode();
    }

    @Override
    public String toString() {
        return id + " " + name;
    }
}
