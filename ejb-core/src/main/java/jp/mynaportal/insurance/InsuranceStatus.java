package jp.mynaportal.insurance;

import java.io.Serializable;
import java.time.Instant;

/**
 * Where the resident's 健康保険証 registration stands, as 健康保険証利用申込 and あなたの情報 show it.
 *
 * @param state not applied, applied (waiting for the insurer) or registered
 * @param appliedAt when the application was submitted, or null
 * @param registeredAt when the insurer confirmed it, or null
 * @param insurerName the insurer (Japanese name) of the registration, else of the current coverage, or null
 * @param insurerNameEn the same in English, or null
 * @param insured whether the resident has health insurance today
 * @param applicationId the application of the registration, or null
 */
public record InsuranceStatus(
        State state,
        Instant appliedAt,
        Instant registeredAt,
        String insurerName,
        String insurerNameEn,
        boolean insured,
        Long applicationId)
        implements Serializable {

    /** The states of a registration. */
    public enum State {
        NOT_APPLIED,
        APPLIED,
        REGISTERED
    }

    public boolean registered() {
        return state == State.REGISTERED;
    }

    public boolean applied() {
        return state != State.NOT_APPLIED;
    }
}
