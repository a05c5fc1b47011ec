package jp.mynaportal.application;

import java.util.Optional;

/**
 * Implemented by each portal function that takes applications (a CDI bean of the function's
 * {@code internal} package): it gives the application core the procedures of that function.
 * ぴったりサービス implements it over its catalogue; 健康保険証利用申込 and 転出届 implement it
 * for theirs.
 */
public interface ProcedureCatalog {

    /** The function's package name, the {@link ProcedureRef#function()} of its procedures. */
    String function();

    /** The procedure with this key, or empty when the function has no such procedure. */
    Optional<ProcedureDefinition> find(String key);

    /**
     * Whether the municipal counter inbox examines and decides this function's applications (the
     * usual case). A function whose applications go to someone else (健康保険証利用申込 goes to the
     * resident's health insurer, through the agency side) answers false: its applications stay out
     * of the counter inbox, and it completes them itself through {@link ApplicationOutcomes}.
     */
    default boolean decidedAtCounter() {
        return true;
    }
}
