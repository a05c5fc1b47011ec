package jp.mynaportal.application;

import java.io.Serializable;
import java.time.Instant;

/**
 * The result of submitting: the 受付番号 and when. {@code repeated} tells that this application had
 * already been submitted (a double click, a second tab, the back button) and nothing new was made.
 */
public record Submission(long applicationId, String receiptNumber, Instant submittedAt, boolean repeated)
        implements Serializable {}
