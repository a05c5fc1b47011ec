package jp.mynaportal.pittari.internal;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import jp.mynaportal.municipality.MunicipalityInfo;
import jp.mynaportal.municipality.model.Municipality;
import jp.mynaportal.municipality.repository.MunicipalityRepository;
import jp.mynaportal.pittari.CategoryGroup;
import jp.mynaportal.pittari.PittariCatalogueService;
import jp.mynaportal.pittari.PittariSearchException;
import jp.mynaportal.pittari.PittariSearchException.Reason;
import jp.mynaportal.pittari.ProcedureDetail;
import jp.mynaportal.pittari.ProcedureSummary;
import jp.mynaportal.pittari.RegionComparison;
import jp.mynaportal.pittari.model.CategoryCount;
import jp.mynaportal.pittari.model.MunicipalProcedure;
import jp.mynaportal.pittari.model.ProcedureCategory;
import jp.mynaportal.pittari.repository.ProcedureRepository;

/** Reads the catalogue; nothing here writes. */
@PermitAll
@Stateless
@TransactionAttribute(TransactionAttributeType.SUPPORTS)
public class DefaultPittariCatalogueService implements PittariCatalogueService {

    @Inject
    private ProcedureRepository procedures;

    @Inject
    private MunicipalityRepository municipalities;

    public DefaultPittariCatalogueService() {
        // for the container
    }

    /** For use outside a container (tests, benchmarks). */
    public DefaultPittariCatalogueService(ProcedureRepository procedures, MunicipalityRepository municipalities) {
        this.procedures = Objects.requireNonNull(procedures, "procedures");
        this.municipalities = Objects.requireNonNull(municipalities, "municipalities");
    }

    @Override
    public List<CategoryCount> categoriesOf(String lgCode) {
        Procedures.municipality(municipalities, lgCode);
        Map<ProcedureCategory, Long> counts = new EnumMap<>(ProcedureCategory.class);
        procedures.countPublishedByCategory(lgCode).forEach(c -> counts.put(c.category(), c.count()));
        return counts.entrySet().stream()
                .map(e -> new CategoryCount(e.getKey(), e.getValue()))
                .toList();
    }

    @Override
    public long countByCategories(String lgCode, Set<ProcedureCategory> categories) {
        Procedures.municipality(municipalities, lgCode);
        if (categories == null || categories.isEmpty()) {
            return 0;
        }
        return procedures.countPublishedByCategory(lgCode).stream()
                .filter(c -> categories.contains(c.category()))
                .mapToLong(CategoryCount::count)
                .sum();
    }

    @Override
    public List<ProcedureSummary> findByCategories(String lgCode, Set<ProcedureCategory> categories) {
        Procedures.municipality(municipalities, lgCode);
        if (categories == null || categories.isEmpty()) {
            return List.of();
        }
        return procedures.findPublished(lgCode, categories).stream()
                .sorted(Procedures.ORDER)
                .map(Procedures::summary)
                .toList();
    }

    @Override
    public List<CategoryGroup> listByCategory(String lgCode) {
        Procedures.municipality(municipalities, lgCode);
        Map<ProcedureCategory, List<ProcedureSummary>> groups = new EnumMap<>(ProcedureCategory.class);
        procedures.findPublished(lgCode).stream()
                .sorted(Procedures.ORDER)
                .forEach(p -> groups.computeIfAbsent(p.getCategory(), c -> new ArrayList<>())
                        .add(Procedures.summary(p)));
        return groups.entrySet().stream()
                .map(e -> new CategoryGroup(e.getKey(), e.getValue()))
                .toList();
    }

    @Override
    public ProcedureDetail detail(long procedureId) {
        MunicipalProcedure procedure = procedures
                .findById(procedureId)
                .orElseThrow(() -> new PittariSearchException(Reason.PROCEDURE_UNKNOWN));
        Municipality municipality = municipalities
                .findByLgCode(procedure.getLgCode())
                .orElseThrow(() -> new PittariSearchException(Reason.PROCEDURE_UNKNOWN));
        return new ProcedureDetail(
                procedure.getId(),
                procedure.getLgCode(),
                municipality.getFullName(),
                procedure.getCategory(),
                procedure.getText(),
                procedure.isOnlineOn(Procedures.today()),
                procedure.isSignatureRequired(),
                procedure.getOrigin(),
                !procedure.isPublished(),
                procedure.getUpdatedAt(),
                procedure.getEnglishText().orElse(null),
                procedure.getAcceptancePeriod().orElse(null));
    }

    @Override
    public RegionComparison compare(List<String> lgCodes) {
        if (lgCodes == null || lgCodes.size() < 2 || lgCodes.size() > 4) {
            throw new PittariSearchException(Reason.COMPARISON_SIZE);
        }
        if (new HashSet<>(lgCodes).size() != lgCodes.size()) {
            throw new PittariSearchException(Reason.COMPARISON_DUPLICATE);
        }
        List<MunicipalityInfo> compared = lgCodes.stream()
                .map(code -> MunicipalityInfo.of(Procedures.municipality(municipalities, code)))
                .toList();
        Map<String, MunicipalProcedure[]> byKey = new LinkedHashMap<>();
        Map<String, MunicipalProcedure> first = new LinkedHashMap<>();
        procedures.findPublished(lgCodes).stream().sorted(Procedures.ORDER).forEach(p -> {
            String key = p.getTemplateId() != null ? p.getTemplateId() : "local-" + p.getId();
            byKey.computeIfAbsent(key, k -> new MunicipalProcedure[lgCodes.size()])[lgCodes.indexOf(p.getLgCode())] = p;
            first.putIfAbsent(key, p);
        });
        List<RegionComparison.Row> rows = new ArrayList<>(byKey.size());
        first.entrySet().stream()
                .sorted((a, b) -> Procedures.ORDER.compare(a.getValue(), b.getValue()))
                .forEach(e -> rows.add(row(e.getKey(), e.getValue(), byKey.get(e.getKey()))));
        return new RegionComparison(compared, rows);
    }

    private static RegionComparison.Row row(
            String key, MunicipalProcedure sample, MunicipalProcedure[] perMunicipality) {
        List<RegionComparison.Cell> cells = new ArrayList<>(perMunicipality.length);
        for (MunicipalProcedure p : perMunicipality) {
            cells.add(
                    p == null
                            ? new RegionComparison.Cell(null, false)
                            : new RegionComparison.Cell(p.getId(), p.isOnlineOn(Procedures.today())));
        }
        String name = sample.getTemplate() != null ? sample.getTemplate().getName() : sample.getName();
        return new RegionComparison.Row(key, sample.getCategory(), name, cells);
    }
}
