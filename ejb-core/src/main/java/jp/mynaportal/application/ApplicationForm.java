package jp.mynaportal.application;

import java.io.Serializable;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import jp.mynaportal.application.model.ApplicationStatus;
import jp.mynaportal.application.model.AttachmentInfo;

/**
 * An application as its owner sees it: the procedure, the form's fields with the values saved so
 * far, the attachments, and where it stands.
 */
public record ApplicationForm(
        long applicationId,
        long procedureId,
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
        Instant submittedAt)
        implements Serializable {

    public ApplicationForm {
        fields = List.copyOf(fields);
        values = Map.copyOf(values);
        attachments = List.copyOf(attachments);
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
