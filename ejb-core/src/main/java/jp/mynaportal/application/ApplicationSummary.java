package jp.mynaportal.application;

import java.io.Serializable;
import java.time.Instant;
import jp.mynaportal.application.model.ApplicationStatus;

/** One line of 申請再開 or of the list of one's applications. */
public record ApplicationSummary(
        long applicationId,
        String procedureName,
        String municipalityName,
        ApplicationStatus status,
        Instant updatedAt,
        Instant expiresAt,
        String receiptNumber,
        String staffComment)
        implements Serializable {}
