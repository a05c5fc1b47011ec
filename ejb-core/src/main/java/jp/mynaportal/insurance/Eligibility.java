package jp.mynaportal.insurance;

import java.io.Serializable;
import java.time.LocalDate;

/**
 * The answer of オンライン資格確認. Only {@link Outcome#ELIGIBLE} carries the insurance; every other
 * outcome carries nothing about the person.
 */
public record Eligibility(
        Outcome outcome,
        String name,
        LocalDate birthDate,
        String insurerNumber,
        String insurerName,
        String cardSymbol,
        String cardNumber,
        LocalDate validFrom)
        implements Serializable {

    /** What the check found. */
    public enum Outcome {
        /** A registered card holder with insurance today. */
        ELIGIBLE,
        /** The card holder has not registered the card as 健康保険証 (or the insurer has not confirmed it). */
        NOT_REGISTERED,
        /** Registered, but without health insurance today. */
        NOT_INSURED,
        /** The certificate is on its CA's revocation list (the card was suspended or replaced). */
        CERTIFICATE_REVOKED,
        /** The certificate is expired, not from a trusted authentication CA, or not readable. */
        CERTIFICATE_INVALID,
        /** The CA's revocation list cannot be read now: no answer can be given. */
        REVOCATION_UNAVAILABLE,
        /** The signature does not verify over the challenge with the certificate's key. */
        SIGNATURE_INVALID,
        /** The challenge is unknown, used, expired or another institution's. */
        CHALLENGE_INVALID,
        /** The certificate belongs to no resident of the portal. */
        UNKNOWN_CARD
    }

    public static Eligibility refused(Outcome outcome) {
        if (outcome == Outcome.ELIGIBLE) {
            throw new IllegalArgumentException("An eligible answer carries the insurance");
        }
        return new Eligibility(outcome, null, null, null, null, null, null, null);
    }
}
