package jp.mynaportal.insurance.internal;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Optional;
import jp.mynaportal.access.AccessDeniedException;
import jp.mynaportal.access.AccessPolicy;
import jp.mynaportal.access.CurrentCaller;
import jp.mynaportal.access.Operation;
import jp.mynaportal.access.PortalService;
import jp.mynaportal.access.Roles;
import jp.mynaportal.access.Subject;
import jp.mynaportal.agency.AgencyDirectory;
import jp.mynaportal.agency.model.AgencyKind;
import jp.mynaportal.insurance.Eligibility;
import jp.mynaportal.insurance.Eligibility.Outcome;
import jp.mynaportal.insurance.EligibilityChallenge;
import jp.mynaportal.insurance.EligibilityService;
import jp.mynaportal.insurance.model.IssuedChallenge;
import jp.mynaportal.insurance.repository.InsuranceRepository;
import jp.mynaportal.usage.UsageRecorder;
import jp.mynaportal.usage.model.UsageAction;

/**
 * オンライン資格確認 over the insurance tables: single-use challenges (kept in the database, so any
 * node of a cluster can check) and the answer of {@link EligibilityAnswers}. The access policy decides whether this
 * institution may read the holder's insurance for this check.
 */
@Stateless
@RolesAllowed(Roles.AGENCY)
public class DefaultEligibilityService implements EligibilityService {

    static final Duration CHALLENGE_LIFETIME = Duration.ofMinutes(5);

    /** The purpose of the usage-log entry of a check. */
    static final String PURPOSE = "ELIGIBILITY_CHECK";

    private static final int CHALLENGE_BYTES = 32;
    private static final int MAX_CHALLENGE_TEXT = 64;
    private static final int MAX_CERTIFICATE_BYTES = 8192;

    private final SecureRandom random = new SecureRandom();
    private final Clock clock = Clock.systemUTC();

    @Inject
    private InsuranceRepository insurance;

    @Inject
    private EligibilityAnswers answers;

    @Inject
    private UsageRecorder usage;

    @Inject
    private CurrentCaller caller;

    @Inject
    private AccessPolicy policy;

    @Inject
    private AgencyDirectory agencies;

    /** Only hospitals, clinics and pharmacies check eligibility. */
    private void requireMedicalInstitution() {
        if (agencies.caller().kind() != AgencyKind.MEDICAL_INSTITUTION) {
            throw new AccessDeniedException("eligibility checks are for medical institutions");
        }
    }

    @Override
    public EligibilityChallenge challenge() {
        requireMedicalInstitution();
        byte[] nonce = new byte[CHALLENGE_BYTES];
        random.nextBytes(nonce);
        String text = Base64.getUrlEncoder().withoutPadding().encodeToString(nonce);
        Instant now = clock.instant();
        Instant expires = now.plus(CHALLENGE_LIFETIME);
        insurance.addChallenge(new IssuedChallenge(text, caller.actor().residentId(), now, expires));
        return new EligibilityChallenge(text, expires);
    }

    @Override
    public Eligibility check(byte[] certificate, String challenge, byte[] signature, String terminal) {
        requireMedicalInstitution();
        String institution = caller.actor().residentId();
        Instant now = clock.instant();
        if (challenge == null
                || challenge.length() > MAX_CHALLENGE_TEXT
                || certificate == null
                || certificate.length > MAX_CERTIFICATE_BYTES) {
            return Eligibility.refused(Outcome.CHALLENGE_INVALID);
        }
        Optional<IssuedChallenge> issued = insurance.lockChallenge(challenge).filter(c -> c.usableBy(institution, now));
        if (issued.isEmpty()) {
            return Eligibility.refused(Outcome.CHALLENGE_INVALID);
        }
        issued.get().use(now);
        byte[] challengeBytes;
        try {
            challengeBytes = Base64.getUrlDecoder().decode(challenge);
        } catch (IllegalArgumentException e) {
            return Eligibility.refused(Outcome.CHALLENGE_INVALID);
        }
        EligibilityAnswers.Answer answer = answers.answer(certificate, challengeBytes, signature);
        if (answer.residentId() == null) {
            return answer.eligibility();
        }
        // the institution proved this card holder with the challenge it was given, just now; the
        // policy decides, and the check is in the card holder's 利用履歴
        Subject holder = Subject.heldBy(answer.residentId(), issued.get().getAgencyCode());
        policy.require(caller.actor(), holder, PortalService.ELIGIBILITY, Operation.READ);
        usage.onSubject(
                holder,
                PortalService.ELIGIBILITY,
                Operation.READ,
                UsageAction.INSURANCE_ELIGIBILITY_CHECKED,
                answer.eligibility().outcome().name(),
                terminal,
                PURPOSE);
        return answer.eligibility();
    }
}
