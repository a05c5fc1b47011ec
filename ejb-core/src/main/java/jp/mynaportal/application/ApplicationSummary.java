package jp.mynaportal.application;

import java.io.Serializable;
import java.time.Instant;
import jp.mynaportal.application.model.ApplicationStatus;

/**
 * One line of 申請再開 or of the list of one's applications.
 *
 * @param function the function whose procedure it is (its screens continue the application), or
 *     null where unknown
 */
public record ApplicationSummary(
        long applicationId,
        String procedureName,
        String municipalityName,
        ApplicationStatus status,
        Instant updatedAt,
        Instant expiresAt,
        String receiptNumber,
        String staffComment,
        String function)
        implements Serializable {

    /** A line without its function. */
    public ApplicationSummary(
            long applicationId,
            String procedureName,
            String municipalityName,
            ApplicationStatus status,
            Instant updatedAt,
            Instant expiresAt,
            String receiptNumber,
            String staffComment) {
        this(
                applicationId,
                procedureName,
                municipalityName,
                status,
                updatedAt,
                expiresAt,
                receiptNumber,
                staffComment,
                null);
    }
}
