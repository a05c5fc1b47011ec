package jp.mynaportal.pittari;

import jp.mynaportal.application.ProcedureRef;

/** How ぴったりサービス names its procedures to the application core: the catalogue id in text. */
public final class PittariProcedures {

    /** The function name of ぴったりサービス procedures in {@link ProcedureRef#function()}. */
    public static final String FUNCTION = "pittari";

    private PittariProcedures() {}

    /** The application core's reference of the municipal procedure with this catalogue id. */
    public static ProcedureRef ref(long procedureId) {
        return new ProcedureRef(FUNCTION, Long.toString(procedureId));
    }
}
