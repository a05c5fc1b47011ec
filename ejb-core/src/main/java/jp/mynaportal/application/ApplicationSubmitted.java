package jp.mynaportal.application;

import java.time.Instant;
import java.util.Objects;

/**
 * A CDI event the application core fires when an application has been submitted, inside the
 * submitting transaction (after the 受付番号 is given): the function that owns the procedure
 * observes it synchronously ({@code @Observes}) to pass the application on to whoever acts on it,
 * so that its own records are committed together with the submission or not at all. Functions
 * ignore the events of other functions' procedures.
 *
 * @param applicationId the submitted application
 * @param procedure the procedure, with its function
 * @param residentId the applicant
 * @param receiptNumber the 受付番号
 * @param submittedAt when it was submitted
 */
public record ApplicationSubmitted(
        long applicationId, ProcedureRef procedure, String residentId, String receiptNumber, Instant submittedAt) {

    public ApplicationSubmitted {
        Objects.requireNonNull(procedure, "procedure");
        Objects.requireNonNull(residentId, "residentId");
    }
}
