package jp.mynaportal.pittari.internal;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import jp.mynaportal.pittari.loader.EnglishCatalogue;
import jp.mynaportal.pittari.loader.SignatureRule;
import jp.mynaportal.pittari.loader.TemplateCatalogue;
import jp.mynaportal.pittari.loader.TemplateDefinition;
import jp.mynaportal.pittari.model.CategoryCount;
import jp.mynaportal.pittari.model.EnglishText;
import jp.mynaportal.pittari.model.MunicipalProcedure;
import jp.mynaportal.pittari.model.ProcedureCategory;
import jp.mynaportal.pittari.model.ProcedureTemplate;
import jp.mynaportal.pittari.repository.ProcedureRepository;

/** The vendored templates with their English texts, without a database, for index tests; no municipality procedures. */
final class TemplateOnlyRepository implements ProcedureRepository {

    private final List<ProcedureTemplate> templates = templates();

    private static List<ProcedureTemplate> templates() {
        List<TemplateDefinition> definitions = TemplateCatalogue.load();
        Map<String, EnglishText> english = EnglishCatalogue.load(definitions);
        return definitions.stream()
                .map(t -> {
                    ProcedureTemplate template = new ProcedureTemplate(
                            t.id(),
                            t.category(),
                            t.text(),
                            t.onlinePossible(),
                            t.signature() != SignatureRule.NOT_REQUIRED,
                            Instant.EPOCH);
                    template.translate(english.get(t.id()));
                    return template;
                })
                .toList();
    }

    @Override
    public List<ProcedureTemplate> findAllTemplates() {
        return templates;
    }

    @Override
    public Optional<MunicipalProcedure> findById(long id) {
        return Optional.empty();
    }

    @Override
    public List<MunicipalProcedure> findPublished(String lgCode) {
        return List.of();
    }

    @Override
    public List<MunicipalProcedure> findPublished(String lgCode, Set<ProcedureCategory> categories) {
        return List.of();
    }

    @Override
    public List<MunicipalProcedure> findPublished(Collection<String> lgCodes) {
        return List.of();
    }

    @Override
    public List<CategoryCount> countPublishedByCategory(String lgCode) {
        return List.of();
    }

    @Override
    public List<MunicipalProcedure> findPublishedWithOwnText() {
        return List.of();
    }

    @Override
    public long countPublished() {
        return 0;
    }

    @Override
    public void add(MunicipalProcedure procedure) {
        throw new UnsupportedOperationException();
    }
}
