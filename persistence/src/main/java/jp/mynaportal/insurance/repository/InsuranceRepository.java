package jp.mynaportal.insurance.repository;

import java.util.List;
import java.util.Optional;
import jp.mynaportal.insurance.model.Coverage;
import jp.mynaportal.insurance.model.InsuranceRegistration;
import jp.mynaportal.insurance.model.Insurer;
import jp.mynaportal.insurance.model.IssuedChallenge;
import jp.mynaportal.insurance.model.RegistrationStatus;

/** Insurers, coverages, registrations and eligibility challenges. */
public interface InsuranceRepository {

    Optional<Insurer> findInsurer(String insurerNumber);

    Optional<Insurer> findInsurerByAgency(String agencyCode);

    void addInsurer(Insurer insurer);

    /** The resident's coverages, the latest first. */
    List<Coverage> coverages(String residentId);

    void addCoverage(Coverage coverage);

    Optional<InsuranceRegistration> findRegistration(String residentId);

    /** The registration, locked for update until the transaction ends. */
    Optional<InsuranceRegistration> lockRegistration(long id);

    /** The registrations addressed to an insurer in one status, oldest first. */
    List<InsuranceRegistration> registrationsOf(String insurerNumber, RegistrationStatus status, int limit);

    void addRegistration(InsuranceRegistration registration);

    void addChallenge(IssuedChallenge challenge);

    /** The challenge, locked for update until the transaction ends, so that it is used once. */
    Optional<IssuedChallenge> lockChallenge(String nonce);
}
