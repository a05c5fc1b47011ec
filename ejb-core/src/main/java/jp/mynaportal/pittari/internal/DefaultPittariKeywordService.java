package jp.mynaportal.pittari.internal;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import jp.mynaportal.municipality.repository.MunicipalityRepository;
import jp.mynaportal.pittari.KeywordHit;
import jp.mynaportal.pittari.PittariKeywordService;
import jp.mynaportal.pittari.PittariSearchException;
import jp.mynaportal.pittari.PittariSearchException.Reason;
import jp.mynaportal.pittari.model.EnglishText;
import jp.mynaportal.pittari.model.MunicipalProcedure;
import jp.mynaportal.pittari.model.ProcedureText;
import jp.mynaportal.pittari.repository.ProcedureRepository;

/**
 * Keyword search: the Lucene index finds the matching templates and own texts, the municipality's
 * published procedures decide which of them it has.
 */
@PermitAll
@Stateless
@TransactionAttribute(TransactionAttributeType.SUPPORTS)
public class DefaultPittariKeywordService implements PittariKeywordService {

    @Inject
    private ProcedureRepository procedures;

    @Inject
    private MunicipalityRepository municipalities;

    @Inject
    private ProcedureIndex index;

    public DefaultPittariKeywordService() {
        // for the container
    }

    /** For use outside a container (tests, benchmarks). */
    public DefaultPittariKeywordService(
            ProcedureRepository procedures, MunicipalityRepository municipalities, ProcedureIndex index) {
        this.procedures = Objects.requireNonNull(procedures, "procedures");
        this.municipalities = Objects.requireNonNull(municipalities, "municipalities");
        this.index = Objects.requireNonNull(index, "index");
    }

    @Override
    public List<KeywordHit> search(String lgCode, String keywords) {
        KeywordQuery query = parse(keywords);
        Procedures.municipality(municipalities, lgCode);
        Map<String, MunicipalProcedure> offered = new HashMap<>();
        for (MunicipalProcedure p : procedures.findPublished(lgCode)) {
            if (p.hasOwnText()) {
                offered.put(ProcedureIndex.PROCEDURE_PREFIX + p.getId(), p);
            } else {
                offered.put(ProcedureIndex.TEMPLATE_PREFIX + p.getTemplateId(), p);
            }
        }
        List<KeywordHit> hits = new ArrayList<>();
        for (ProcedureIndex.Hit hit : index.search(query, lgCode, 1_000)) {
            MunicipalProcedure procedure = offered.get(hit.key());
            if (procedure != null) {
                ProcedureText text = procedure.getText();
                Optional<EnglishText> english = procedure.getEnglishText();
                hits.add(new KeywordHit(
                        Procedures.summary(procedure),
                        hit.score(),
                        MatchHighlighter.highlight(text.name(), query),
                        MatchHighlighter.highlight(text.summary(), query),
                        english.map(e -> MatchHighlighter.highlightEnglish(e.name(), query))
                                .orElse(null),
                        english.map(e -> MatchHighlighter.highlightEnglish(e.summary(), query))
                                .orElse(null)));
                if (hits.size() == MAX_HITS) {
                    break;
                }
            }
        }
        return hits;
    }

    private static KeywordQuery parse(String keywords) {
        if (keywords == null || keywords.isBlank()) {
            throw new PittariSearchException(Reason.KEYWORD_EMPTY);
        }
        if (keywords.strip().length() > MAX_KEYWORD_LENGTH) {
            throw new PittariSearchException(Reason.KEYWORD_TOO_LONG);
        }
        KeywordQuery query = KeywordQuery.parse(keywords);
        if (query.isEmpty()) {
            throw new PittariSearchException(Reason.KEYWORD_EMPTY);
        }
        return query;
    }
}
