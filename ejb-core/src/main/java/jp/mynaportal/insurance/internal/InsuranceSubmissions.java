package jp.mynaportal.insurance.internal;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jp.mynaportal.application.ApplicationSubmitted;
import jp.mynaportal.insurance.InsuranceException;
import jp.mynaportal.insurance.InsuranceProcedures;
import jp.mynaportal.insurance.model.InsuranceRegistration;
import jp.mynaportal.insurance.model.RegistrationStatus;
import jp.mynaportal.insurance.repository.InsuranceRepository;

/**
 * Passes a submitted 健康保険証利用申込 on to the insurer, in the submitting transaction: the
 * resident's one registration, waiting for the insurer. A resident who has one already (a second
 * application that raced the first) makes the whole submission fail and roll back.
 */
@ApplicationScoped
public class InsuranceSubmissions {

    @Inject
    private InsuranceRepository insurance;

    void submitted(@Observes ApplicationSubmitted submission) {
        if (!InsuranceProcedures.FUNCTION.equals(submission.procedure().function())) {
            return;
        }
        String insurer = InsuranceProcedures.insurerOf(submission.procedure().key())
                .orElseThrow(() -> new IllegalStateException("No insurer in " + submission.procedure()));
        insurance.findRegistration(submission.residentId()).ifPresent(existing -> {
            throw existing.getStatus() == RegistrationStatus.REGISTERED
                    ? new InsuranceException(InsuranceException.Reason.ALREADY_REGISTERED, existing.getRegisteredAt())
                    : new InsuranceException(InsuranceException.Reason.ALREADY_APPLIED, existing.getAppliedAt());
        });
        insurance.addRegistration(new InsuranceRegistration(
                submission.residentId(), submission.applicationId(), insurer, submission.submittedAt()));
    }
}
