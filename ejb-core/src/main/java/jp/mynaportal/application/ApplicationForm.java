package jp.mynaportal.application;

import java.io.Serializable;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import jp.mynaportal.application.model.ApplicationStatus;
import jp.mynaportal.application.model.AttachmentInfo;

/**
 * An application as its owner sees it: the procedure, the form's fields with the values saved so
 * far, the attachments, and where it stands. {@code englishProcedureName} is the catalogue's English
 * name, null where the procedure's texts are the municipality's own (Japanese only).
 */
public record ApplicationForm(
        long applicationId,
        ProcedureRef procedure,
        String procedureName,
        String lgCode,
        String municipalityName,
        boolean signatureRequired,
        ApplicationStatus status,
        List<FieldSpec> fields,
        Map<String, String> values,
        List<AttachmentInfo> attachments,
        String receiptNumber,
        String staffComment,
        Instant updatedAt,
        Instant expiresAt,
        Instant submittedAt,
        String englishProcedureName)
        implements Serializable {

    public ApplicationForm {
        fields = List.copyOf(fields);
        values = Map.copyOf(values);
        attachments = List.copyOf(attachments);
    }

    /** The procedure's name in the language ({@code "en"} or {@code "ja"}): English where there is one. */
    public String procedureNameIn(String language) {
        return "en".equals(language) && englishProcedureName != null ? englishProcedureName : procedureName;
    }

    public boolean editable() {
        return status.editableByResident();
    }

    /** The attachment of a FILE field, or null. */
    public AttachmentInfo attachment(String fieldKey) {
        return attachments.stream()
                .filter(a -> a.fieldKey().equals(fieldKey))
                .findFirst()
                .orElse(null);
    }
}
