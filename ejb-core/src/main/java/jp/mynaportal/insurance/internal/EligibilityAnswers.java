package jp.mynaportal.insurance.internal;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.security.cert.X509Certificate;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Optional;
import jp.mynaportal.account.model.Resident;
import jp.mynaportal.account.model.ResidentCertificate;
import jp.mynaportal.account.repository.AccountRepository;
import jp.mynaportal.insurance.Eligibility;
import jp.mynaportal.insurance.Eligibility.Outcome;
import jp.mynaportal.insurance.model.Coverage;
import jp.mynaportal.insurance.model.InsuranceRegistration;
import jp.mynaportal.insurance.model.Insurer;
import jp.mynaportal.insurance.model.RegistrationStatus;
import jp.mynaportal.insurance.repository.InsuranceRepository;

/**
 * What オンライン資格確認 answers for a card that signed a challenge: the card check of {@link
 * EligibilityCheck}, the certificate's holder, their registration and the coverage that holds
 * today. Runs in the calling service's transaction, which has authenticated the institution and
 * used its challenge.
 */
@ApplicationScoped
public class EligibilityAnswers {

    private static final ZoneId JAPAN = ZoneId.of("Asia/Tokyo");

    /** An answer, and the card holder it is about (null where the card proved nobody). */
    public record Answer(Eligibility eligibility, String residentId) {}

    @Inject
    private InsuranceRepository insurance;

    @Inject
    private AccountRepository accounts;

    @Inject
    private InsuranceTrust trust;

    private final Clock clock = Clock.systemUTC();

    public Answer answer(byte[] certificate, byte[] challenge, byte[] signature) {
        Instant now = clock.instant();
        EligibilityCheck.Result card = trust.check().verify(certificate, challenge, signature, now);
        if (card.certificate().isEmpty()) {
            return new Answer(Eligibility.refused(card.refusal()), null);
        }
        X509Certificate proved = card.certificate().get();
        Optional<Resident> holder = accounts.findCertificate(
                        ResidentCertificate.reference(proved.getIssuerX500Principal(), proved.getSerialNumber()))
                .flatMap(c -> accounts.findResident(c.getResidentId()));
        if (holder.isEmpty()) {
            return new Answer(Eligibility.refused(Outcome.UNKNOWN_CARD), null);
        }
        return new Answer(
                insuranceOf(holder.get(), LocalDate.now(clock.withZone(JAPAN))),
                holder.get().getId());
    }

    private Eligibility insuranceOf(Resident resident, LocalDate today) {
        boolean registered = insurance
                .findRegistration(resident.getId())
                .map(InsuranceRegistration::getStatus)
                .filter(s -> s == RegistrationStatus.REGISTERED)
                .isPresent();
        if (!registered) {
            return Eligibility.refused(Outcome.NOT_REGISTERED);
        }
        Optional<Coverage> coverage = Coverages.on(insurance.coverages(resident.getId()), today);
        Optional<Insurer> insurer = coverage.flatMap(c -> insurance.findInsurer(c.getInsurerNumber()));
        if (coverage.isEmpty() || insurer.isEmpty()) {
            return Eligibility.refused(Outcome.NOT_INSURED);
        }
        return new Eligibility(
                Outcome.ELIGIBLE,
                resident.getFullName(),
                resident.getBirthDate(),
                insurer.get().getInsurerNumber(),
                insurer.get().getNameJa(),
                coverage.get().getCardSymbol(),
                coverage.get().getCardNumber(),
                coverage.get().getValidFrom());
    }
}
