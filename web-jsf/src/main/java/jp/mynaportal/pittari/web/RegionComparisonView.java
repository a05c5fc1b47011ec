package jp.mynaportal.pittari.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import jp.mynaportal.municipality.MunicipalityInfo;
import jp.mynaportal.municipality.MunicipalityLookupException;
import jp.mynaportal.municipality.MunicipalityService;
import jp.mynaportal.pittari.PittariCatalogueService;
import jp.mynaportal.pittari.PittariSearchException;
import jp.mynaportal.pittari.RegionComparison;
import jp.mynaportal.platform.web.LocaleSelection;
import jp.mynaportal.platform.web.Messages;

/**
 * 地域比較 at {@code /pittari/compare.xhtml?lg=…&lg=…}: the municipalities chosen so far (found by
 * postal code or name, {@code q}), and once there are two to four, where each procedure exists and
 * where it can be done online.
 */
@Named
@RequestScoped
public class RegionComparisonView {

    /** The most municipalities compared at once. */
    public static final int MAX_MUNICIPALITIES = 4;

    private static final String LG_PARAMETER = "lg";
    private static final Pattern LG_CODE = Pattern.compile("\\d{6}");

    @Inject
    private PittariCatalogueService catalogue;

    @Inject
    private LocaleSelection language;

    @Inject
    private MunicipalityService municipalities;

    private String query;
    private List<String> lgCodes = List.of();
    private List<MunicipalityInfo> chosen = List.of();
    private List<MunicipalityInfo> candidates = List.of();
    private RegionComparison comparison;

    /** Answers the address: the candidates for {@code q}, and the comparison of the {@code lg} codes. */
    public void load() {
        Parameters.useLanguage(language.getLocale());
        lgCodes = Parameters.all(LG_PARAMETER).stream()
                .filter(code -> LG_CODE.matcher(code).matches())
                .distinct()
                .limit(MAX_MUNICIPALITIES)
                .toList();
        if (query != null) {
            try {
                candidates = RegionQuery.find(municipalities, query).municipalities().stream()
                        .filter(candidate -> !lgCodes.contains(candidate.getLgCode()))
                        .toList();
            } catch (MunicipalityLookupException e) {
                Messages.error(PittariRegionView.QUERY_FIELD, e.reason().messageKey());
            }
        } else if (Parameters.present(PittariRegionView.QUERY_FIELD)) {
            Messages.error(PittariRegionView.QUERY_FIELD, "pittari.error.region_empty");
        }
        if (lgCodes.size() >= 2) {
            try {
                comparison = catalogue.compare(lgCodes);
                chosen = comparison.municipalities();
            } catch (PittariSearchException e) {
                Messages.error(null, e.reason().messageKey());
            }
        }
        if (comparison == null) {
            chosen = knownMunicipalities();
        }
    }

    private List<MunicipalityInfo> knownMunicipalities() {
        List<MunicipalityInfo> known = new ArrayList<>();
        for (String lgCode : lgCodes) {
            try {
                known.add(municipalities.get(lgCode));
            } catch (MunicipalityLookupException e) {
                Messages.error(null, PittariSearchException.Reason.MUNICIPALITY_UNKNOWN.messageKey());
            }
        }
        return known;
    }

    /** The query string of this comparison with one municipality added. */
    public String withAdded(String lgCode) {
        List<String> codes = new ArrayList<>(lgCodes);
        codes.add(lgCode);
        return queryOf(codes);
    }

    /** The query string of this comparison without one municipality. */
    public String withRemoved(String lgCode) {
        List<String> codes = new ArrayList<>(lgCodes);
        codes.remove(lgCode);
        return queryOf(codes);
    }

    private static String queryOf(List<String> codes) {
        return codes.stream().map(code -> LG_PARAMETER + "=" + code).collect(Collectors.joining("&"));
    }

    public boolean isFull() {
        return lgCodes.size() >= MAX_MUNICIPALITIES;
    }

    public String getQuery() {
        return query;
    }

    public void setQuery(String query) {
        this.query = query;
    }

    public List<String> getLgCodes() {
        return lgCodes;
    }

    public List<MunicipalityInfo> getChosen() {
        return chosen;
    }

    public List<MunicipalityInfo> getCandidates() {
        return candidates;
    }

    public RegionComparison getComparison() {
        return comparison;
    }
}
