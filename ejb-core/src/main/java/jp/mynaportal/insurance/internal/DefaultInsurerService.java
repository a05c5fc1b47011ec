package jp.mynaportal.insurance.internal;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import jp.mynaportal.access.AccessPolicy;
import jp.mynaportal.access.Actor;
import jp.mynaportal.access.CurrentCaller;
import jp.mynaportal.access.Operation;
import jp.mynaportal.access.PortalService;
import jp.mynaportal.access.Roles;
import jp.mynaportal.access.Subject;
import jp.mynaportal.account.model.Resident;
import jp.mynaportal.account.repository.AccountRepository;
import jp.mynaportal.agency.AgencyLinks;
import jp.mynaportal.application.ApplicationOutcomes;
import jp.mynaportal.insurance.InsuranceException;
import jp.mynaportal.insurance.InsuranceException.Reason;
import jp.mynaportal.insurance.InsuranceProcedures;
import jp.mynaportal.insurance.InsurerService;
import jp.mynaportal.insurance.PendingRegistration;
import jp.mynaportal.insurance.model.Coverage;
import jp.mynaportal.insurance.model.InsuranceRegistration;
import jp.mynaportal.insurance.model.Insurer;
import jp.mynaportal.insurance.model.RegistrationStatus;
import jp.mynaportal.insurance.repository.InsuranceRepository;
import jp.mynaportal.usage.UsageRecorder;
import jp.mynaportal.usage.model.UsageAction;

/**
 * The insurer's side over the insurance tables. The actor is the calling agency; a registration
 * is reached only when the access policy finds this agency responsible for it (the insurer it is
 * addressed to).
 */
@Stateless
@RolesAllowed(Roles.AGENCY)
public class DefaultInsurerService implements InsurerService {

    private static final int LIST_LIMIT = 500;
    private static final ZoneId JAPAN = ZoneId.of("Asia/Tokyo");

    @Inject
    private InsuranceRepository insurance;

    @Inject
    private AccountRepository accounts;

    @Inject
    private ApplicationOutcomes outcomes;

    @Inject
    private AgencyLinks links;

    @Inject
    private UsageRecorder usage;

    @Inject
    private CurrentCaller caller;

    @Inject
    private AccessPolicy policy;

    private final Clock clock = Clock.systemUTC();

    @Override
    public List<PendingRegistration> pending() {
        Actor actor = caller.actor();
        Optional<Insurer> insurer = insurance.findInsurerByAgency(actor.residentId());
        if (insurer.isEmpty()) {
            return List.of();
        }
        return insurance
                .registrationsOf(insurer.get().getInsurerNumber(), RegistrationStatus.APPLIED, LIST_LIMIT)
                .stream()
                .filter(r -> reachable(r, insurer.get(), Operation.READ))
                .map(this::line)
                .toList();
    }

    @Override
    public void confirm(long registrationId, String terminal) {
        InsuranceRegistration registration = insurance
                .lockRegistration(registrationId)
                .filter(r -> insurance
                        .findInsurer(r.getInsurerNumber())
                        .filter(i -> reachable(r, i, Operation.WRITE))
                        .isPresent())
                .orElseThrow(() -> new InsuranceException(Reason.NOT_FOUND));
        if (registration.getStatus() == RegistrationStatus.REGISTERED) {
            return;
        }
        String agency = caller.actor().residentId();
        Subject subject = Subject.heldBy(registration.getResidentId(), agency);
        registration.confirm(agency, clock.instant());
        outcomes.complete(
                registration.getApplicationId(),
                InsuranceProcedures.FUNCTION,
                subject,
                PortalService.INSURER_REGISTRATIONS,
                terminal);
        usage.onSubject(
                subject,
                PortalService.INSURER_REGISTRATIONS,
                Operation.WRITE,
                UsageAction.INSURANCE_REGISTRATION_CONFIRMED,
                agency,
                terminal,
                UsageRecorder.PURPOSE_APPLICATION_REVIEW);
    }

    private boolean reachable(InsuranceRegistration registration, Insurer insurer, Operation operation) {
        return policy.permits(
                caller.actor(),
                Subject.heldBy(registration.getResidentId(), insurer.getAgencyCode()),
                PortalService.INSURER_REGISTRATIONS,
                operation);
    }

    private PendingRegistration line(InsuranceRegistration registration) {
        Optional<Resident> resident = accounts.findResident(registration.getResidentId());
        Optional<Coverage> coverage = insurance.coverages(registration.getResidentId()).stream()
                .filter(c -> c.getInsurerNumber().equals(registration.getInsurerNumber()))
                .filter(c -> c.coversOn(LocalDate.now(clock.withZone(JAPAN)))
                        || !c.getValidFrom().isAfter(LocalDate.now(clock.withZone(JAPAN))))
                .findFirst();
        return new PendingRegistration(
                registration.getId(),
                links.linkCode(caller.actor().residentId(), registration.getResidentId()),
                resident.map(Resident::getFullName).orElse(""),
                resident.map(Resident::getBirthDate).orElse(null),
                coverage.map(Coverage::getCardSymbol).orElse(""),
                coverage.map(Coverage::getCardNumber).orElse(""),
                null,
                registration.getAppliedAt());
    }
}
