package jp.mynaportal.application;

import java.util.List;
import java.util.Objects;
import jp.mynaportal.card.api.CardKey;

/**
 * What the application core needs to know of a procedure, as its function's {@link ProcedureCatalog}
 * defines it.
 *
 * @param ref the procedure
 * @param title the procedure's name as the resident and staff see it
 * @param lgCode the municipality (6-character local government code) whose counter receives it
 * @param fields the procedure's own form fields; the core adds the declaration every form ends with
 * @param signatureRequired whether submission needs the card's electronic signature
 * @param acceptingApplications whether new applications and submissions are accepted now
 * @param englishTitle the procedure's English name, or null where its texts are Japanese only
 * @param signatureKey the card key the signature is made with: {@link CardKey#SIGN} (署名用, an
 *     electronic signature naming the signer, the usual case) or {@link CardKey#AUTH} (利用者証明用,
 *     the login key, where the procedure only needs to know that the card holder asked, as
 *     健康保険証利用申込 does)
 */
public record ProcedureDefinition(
        ProcedureRef ref,
        String title,
        String lgCode,
        List<FieldSpec> fields,
        boolean signatureRequired,
        boolean acceptingApplications,
        String englishTitle,
        CardKey signatureKey) {

    /** A procedure signed, where it needs a signature, with the signing key. */
    public ProcedureDefinition(
            ProcedureRef ref,
            String title,
            String lgCode,
            List<FieldSpec> fields,
            boolean signatureRequired,
            boolean acceptingApplications,
            String englishTitle) {
        this(ref, title, lgCode, fields, signatureRequired, acceptingApplications, englishTitle, CardKey.SIGN);
    }

    public ProcedureDefinition {
        Objects.requireNonNull(signatureKey, "signatureKey");
        Objects.requireNonNull(ref, "ref");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(lgCode, "lgCode");
        fields = List.copyOf(fields);
    }
}
