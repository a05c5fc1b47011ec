package jp.mynaportal.insurance;

/**
 * 健康保険証利用申込 for the logged-in resident (from the container). The application itself is an
 * application of the application core: {@link #apply()} starts it, and the core signs it with the
 * 利用者証明用 key and submits it ({@code ApplicationService.signAndSubmit}); the submission reaches
 * the resident's insurer in the same transaction.
 */
public interface InsuranceService {

    /** The resident's registration, also for あなたの情報's 健康保険証. */
    InsuranceStatus status();

    /**
     * 「申し込む」: the application to the insurer that covers the resident today, ready to sign
     * (the 利用規約 consent is its declaration). An earlier unsigned draft is reused.
     *
     * @return the application's id, for {@code ApplicationService.signAndSubmit}
     * @throws InsuranceException ALREADY_REGISTERED or ALREADY_APPLIED (with the date) instead of a
     *     second application; NOT_INSURED
     */
    long apply();
}
