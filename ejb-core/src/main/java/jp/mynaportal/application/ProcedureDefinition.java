package jp.mynaportal.application;

import java.util.List;
import java.util.Objects;

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
 */
public record ProcedureDefinition(
        ProcedureRef ref,
        String title,
        String lgCode,
        List<FieldSpec> fields,
        boolean signatureRequired,
        boolean acceptingApplications,
        String englishTitle) {

    public ProcedureDefinition {
        Objects.requireNonNull(ref, "ref");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(lgCode, "lgCode");
        fields = List.copyOf(fields);
    }
}
