package jp.mynaportal.application.internal;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import jp.mynaportal.application.ProcedureCatalog;
import jp.mynaportal.application.ProcedureDefinition;
import jp.mynaportal.application.ProcedureRef;

/** Finds a procedure in the catalogue of the function that owns it. */
@ApplicationScoped
public class ProcedureCatalogs {

    @Inject
    @Any
    private Instance<ProcedureCatalog> catalogs;

    /** The procedure, or empty when no function of that name has it. */
    public Optional<ProcedureDefinition> find(ProcedureRef ref) {
        for (ProcedureCatalog catalog : catalogs) {
            if (catalog.function().equals(ref.function())) {
                return catalog.find(ref.key());
            }
        }
        return Optional.empty();
    }

    /** The functions whose applications are decided elsewhere than at the municipal counter. */
    public Set<String> decidedElsewhere() {
        Set<String> functions = new TreeSet<>();
        for (ProcedureCatalog catalog : catalogs) {
            if (!catalog.decidedAtCounter()) {
                functions.add(catalog.function());
            }
        }
        return functions;
    }
}
