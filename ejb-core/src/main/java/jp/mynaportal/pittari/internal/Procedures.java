package jp.mynaportal.pittari.internal;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Comparator;
import java.util.Optional;
import jp.mynaportal.municipality.model.Municipality;
import jp.mynaportal.municipality.model.MunicipalityKind;
import jp.mynaportal.municipality.repository.MunicipalityRepository;
import jp.mynaportal.pittari.PittariSearchException;
import jp.mynaportal.pittari.PittariSearchException.Reason;
import jp.mynaportal.pittari.ProcedureSummary;
import jp.mynaportal.pittari.model.EnglishText;
import jp.mynaportal.pittari.model.MunicipalProcedure;
import jp.mynaportal.pittari.model.ProcedureText;

/** What both services share: the municipality check, the summary of a procedure, the list order. */
final class Procedures {

    /** Handbook category order, then catalogue order. */
    static final Comparator<MunicipalProcedure> ORDER =
            Comparator.comparing(MunicipalProcedure::getCategory).thenComparing(MunicipalProcedure::getId);

    private Procedures() {}

    static Municipality municipality(MunicipalityRepository municipalities, String lgCode) {
        if (lgCode == null || !lgCode.matches("\\d{6}")) {
            throw new PittariSearchException(Reason.MUNICIPALITY_UNKNOWN);
        }
        return municipalities
                .findByLgCode(lgCode)
                .filter(m -> m.getKind() != MunicipalityKind.PREFECTURE)
                .orElseThrow(() -> new PittariSearchException(Reason.MUNICIPALITY_UNKNOWN));
    }

    private static final ZoneId JAPAN = ZoneId.of("Asia/Tokyo");

    /** Today in Japan, the day acceptance periods are read on. */
    static LocalDate today() {
        return LocalDate.now(JAPAN);
    }

    static ProcedureSummary summary(MunicipalProcedure procedure) {
        ProcedureText text = procedure.getText();
        Optional<EnglishText> english = procedure.getEnglishText();
        return new ProcedureSummary(
                procedure.getId(),
                procedure.getLgCode(),
                procedure.getCategory(),
                text.name(),
                text.reading(),
                text.summary(),
                procedure.isOnlineOn(today()),
                procedure.isSignatureRequired(),
                english.map(EnglishText::name).orElse(null),
                english.map(EnglishText::summary).orElse(null));
    }
}
