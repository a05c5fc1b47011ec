package jp.mynaportal.insurance.internal;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Optional;
import jp.mynaportal.application.ProcedureCatalog;
import jp.mynaportal.application.ProcedureDefinition;
import jp.mynaportal.card.api.CardKey;
import jp.mynaportal.insurance.InsuranceProcedures;
import jp.mynaportal.insurance.model.Insurer;
import jp.mynaportal.insurance.repository.InsuranceRepository;

/**
 * 健康保険証利用申込 for the application core: one procedure per insurer, with no fields of its own
 * (the 利用規約 consent is the declaration every form ends with), signed with the 利用者証明用 key,
 * and decided by the insurer, not at the municipal counter.
 */
@ApplicationScoped
public class InsuranceProcedureCatalog implements ProcedureCatalog {

    static final String TITLE = "健康保険証利用申込";
    static final String ENGLISH_TITLE = "Using the My Number Card as health insurance card";

    @Inject
    private InsuranceRepository insurance;

    @Override
    public String function() {
        return InsuranceProcedures.FUNCTION;
    }

    @Override
    public Optional<ProcedureDefinition> find(String key) {
        return InsuranceProcedures.insurerOf(key)
                .flatMap(insurance::findInsurer)
                .map(this::definition);
    }

    @Override
    public boolean decidedAtCounter() {
        return false;
    }

    private ProcedureDefinition definition(Insurer insurer) {
        return new ProcedureDefinition(
                InsuranceProcedures.ref(insurer.getInsurerNumber()),
                TITLE + "（" + insurer.getNameJa() + "）",
                insurer.getLgCode(),
                List.of(),
                true,
                true,
                ENGLISH_TITLE + " (" + insurer.getNameEn() + ")",
                CardKey.AUTH);
    }
}
