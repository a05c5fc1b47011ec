package jp.mynaportal.insurance.internal;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import jp.mynaportal.access.AccessPolicy;
import jp.mynaportal.access.CurrentCaller;
import jp.mynaportal.access.Operation;
import jp.mynaportal.access.PortalService;
import jp.mynaportal.access.Roles;
import jp.mynaportal.access.Subject;
import jp.mynaportal.application.ApplicationService;
import jp.mynaportal.insurance.InsuranceException;
import jp.mynaportal.insurance.InsuranceException.Reason;
import jp.mynaportal.insurance.InsuranceProcedures;
import jp.mynaportal.insurance.InsuranceService;
import jp.mynaportal.insurance.InsuranceStatus;
import jp.mynaportal.insurance.InsuranceStatus.State;
import jp.mynaportal.insurance.model.Coverage;
import jp.mynaportal.insurance.model.InsuranceRegistration;
import jp.mynaportal.insurance.model.Insurer;
import jp.mynaportal.insurance.model.RegistrationStatus;
import jp.mynaportal.insurance.repository.InsuranceRepository;

/**
 * 健康保険証利用申込 over the insurance tables and the application core. The subject is the
 * caller's own data, and the access policy decides on it.
 */
@Stateless
@RolesAllowed(Roles.RESIDENT)
public class DefaultInsuranceService implements InsuranceService {

    private static final ZoneId JAPAN = ZoneId.of("Asia/Tokyo");

    /** The declaration field of the application core's forms; here the consent to the 利用規約. */
    private static final String DECLARATION = "declaration";

    @Inject
    private InsuranceRepository insurance;

    @Inject
    private ApplicationService applications;

    @Inject
    private CurrentCaller caller;

    @Inject
    private AccessPolicy policy;

    private final Clock clock = Clock.systemUTC();

    @Override
    public InsuranceStatus status() {
        Subject subject = subject(Operation.READ);
        Optional<Coverage> today = Coverages.on(insurance.coverages(subject.residentId()), today());
        Optional<InsuranceRegistration> registration = insurance.findRegistration(subject.residentId());
        Optional<Insurer> insurer = registration
                .map(InsuranceRegistration::getInsurerNumber)
                .or(() -> today.map(Coverage::getInsurerNumber))
                .flatMap(insurance::findInsurer);
        State state = registration
                .map(r -> r.getStatus() == RegistrationStatus.REGISTERED ? State.REGISTERED : State.APPLIED)
                .orElse(State.NOT_APPLIED);
        return new InsuranceStatus(
                state,
                registration.map(InsuranceRegistration::getAppliedAt).orElse(null),
                registration.map(InsuranceRegistration::getRegisteredAt).orElse(null),
                insurer.map(Insurer::getNameJa).orElse(null),
                insurer.map(Insurer::getNameEn).orElse(null),
                today.isPresent(),
                registration.map(InsuranceRegistration::getApplicationId).orElse(null));
    }

    @Override
    public long apply() {
        Subject subject = subject(Operation.WRITE);
        insurance.findRegistration(subject.residentId()).ifPresent(existing -> {
            throw existing.getStatus() == RegistrationStatus.REGISTERED
                    ? new InsuranceException(Reason.ALREADY_REGISTERED, existing.getRegisteredAt())
                    : new InsuranceException(Reason.ALREADY_APPLIED, existing.getAppliedAt());
        });
        Coverage coverage = Coverages.on(insurance.coverages(subject.residentId()), today())
                .orElseThrow(() -> new InsuranceException(Reason.NOT_INSURED));
        long id = applications
                .start(List.of(InsuranceProcedures.ref(coverage.getInsurerNumber())))
                .get(0);
        applications.save(id, Map.of(DECLARATION, "true"));
        return id;
    }

    private LocalDate today() {
        return LocalDate.now(clock.withZone(JAPAN));
    }

    private Subject subject(Operation operation) {
        Subject subject = caller.actor().self(null);
        policy.require(caller.actor(), subject, PortalService.HEALTH_INSURANCE, operation);
        return subject;
    }
}
