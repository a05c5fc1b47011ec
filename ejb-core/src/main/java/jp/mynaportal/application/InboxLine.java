package jp.mynaportal.application;

import java.io.Serializable;
import java.time.Instant;
import jp.mynaportal.application.model.ApplicationStatus;

/** One application in a municipality's inbox. */
public record InboxLine(
        long applicationId,
        String receiptNumber,
        String procedureName,
        String applicantName,
        ApplicationStatus status,
        Instant submittedAt,
        boolean signed)
        implements Serializable {}
