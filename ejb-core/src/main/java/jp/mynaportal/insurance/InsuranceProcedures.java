package jp.mynaportal.insurance;

import java.util.Optional;
import jp.mynaportal.application.ProcedureRef;

/**
 * The procedures 健康保険証利用申込 gives the application core: one per health insurer, keyed by
 * its 保険者番号, since the application goes to the insurer that covers the resident.
 */
public final class InsuranceProcedures {

    /** The function's name in {@link ProcedureRef#function()}. */
    public static final String FUNCTION = "insurance";

    private static final String PREFIX = "card-use-";

    private InsuranceProcedures() {}

    /** The procedure of registering the card with this insurer. */
    public static ProcedureRef ref(String insurerNumber) {
        return new ProcedureRef(FUNCTION, PREFIX + insurerNumber);
    }

    /** The insurer a procedure key names, or empty for a key that is not one of this function's. */
    public static Optional<String> insurerOf(String key) {
        if (key == null || !key.startsWith(PREFIX) || key.length() == PREFIX.length()) {
            return Optional.empty();
        }
        return Optional.of(key.substring(PREFIX.length()));
    }
}
