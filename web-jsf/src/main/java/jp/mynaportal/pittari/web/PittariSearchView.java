package jp.mynaportal.pittari.web;

import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import jp.mynaportal.municipality.MunicipalityLookupException;
import jp.mynaportal.municipality.MunicipalityService;
import jp.mynaportal.municipality.model.Municipality;
import jp.mynaportal.pittari.CategoryGroup;
import jp.mynaportal.pittari.PittariCatalogueService;
import jp.mynaportal.pittari.PittariKeywordService;
import jp.mynaportal.pittari.PittariSearchException;
import jp.mynaportal.pittari.model.CategoryCount;
import jp.mynaportal.pittari.model.ProcedureCategory;
import jp.mynaportal.platform.web.LocaleSelection;
import jp.mynaportal.platform.web.Messages;

/**
 * ② 検索方法 and the result list for one municipality. The address carries every input
 * ({@code lg}, {@code mode}, {@code c} per chosen category, {@code q} for keywords); the category
 * boxes post back only to update 該当件数 and then redirect to the address of the search.
 */
@Named
@ViewScoped
public class PittariSearchView implements Serializable {

    private static final long serialVersionUID = 1L;

    static final String SEARCH_PAGE = "/pittari/search.xhtml";
    static final String CATEGORY_PARAMETER = "c";
    static final String KEYWORD_FIELD = "q";
    private static final String CATEGORY_FIELD = "criteria:categories";

    @Inject
    private PittariCatalogueService catalogue;

    @Inject
    private LocaleSelection language;

    @Inject
    private PittariKeywordService keywordSearch;

    @Inject
    private MunicipalityService municipalities;

    private String lgCode;
    private String modeParameter;
    private String keywords;
    private SearchMode mode = SearchMode.CATEGORY;
    private Municipality municipality;
    private List<CategoryCount> categories = List.of();
    private final Map<ProcedureCategory, Boolean> chosen = new EnumMap<>(ProcedureCategory.class);
    private long matchCount;
    private boolean searched;
    private List<ResultLine> lines = List.of();
    private List<CategoryGroup> groups = List.of();
    private final Map<Long, Boolean> selected = new HashMap<>();
    private boolean applyRequested;

    /** Answers the address: the municipality, its categories, and the search it names. */
    public void load() {
        Parameters.useLanguage(language.getLocale());
        mode = SearchMode.fromParameter(modeParameter);
        if (lgCode == null) {
            Messages.error(null, PittariSearchException.Reason.MUNICIPALITY_UNKNOWN.messageKey());
            return;
        }
        try {
            municipality = municipalities.get(lgCode);
            switch (mode) {
                case CATEGORY -> loadCategorySearch();
                case KEYWORD -> loadKeywordSearch();
                case LIST -> groups = catalogue.listByCategory(lgCode);
            }
        } catch (MunicipalityLookupException | PittariSearchException e) {
            municipality = null;
            Messages.error(null, PittariSearchException.Reason.MUNICIPALITY_UNKNOWN.messageKey());
        }
    }

    private void loadCategorySearch() {
        categories = catalogue.categoriesOf(lgCode);
        Set<ProcedureCategory> offered = categories.stream()
                .map(CategoryCount::category)
                .collect(Collectors.toCollection(() -> EnumSet.noneOf(ProcedureCategory.class)));
        for (String name : Parameters.all(CATEGORY_PARAMETER)) {
            offered.stream()
                    .filter(category -> category.name().equals(name))
                    .forEach(category -> chosen.put(category, true));
        }
        Set<ProcedureCategory> criteria = chosenCategories();
        searched = !Parameters.all(CATEGORY_PARAMETER).isEmpty();
        if (!criteria.isEmpty()) {
            lines = catalogue.findByCategories(lgCode, criteria).stream()
                    .map(ResultLine::of)
                    .toList();
        }
        matchCount = catalogue.countByCategories(lgCode, criteria);
    }

    private void loadKeywordSearch() {
        if (keywords == null && !Parameters.present(KEYWORD_FIELD)) {
            return;
        }
        try {
            lines = keywordSearch.search(lgCode, keywords == null ? "" : keywords).stream()
                    .map(ResultLine::of)
                    .toList();
            searched = true;
        } catch (PittariSearchException e) {
            if (e.reason() == PittariSearchException.Reason.MUNICIPALITY_UNKNOWN) {
                throw e;
            }
            Messages.error(KEYWORD_FIELD, e.reason().messageKey());
        }
    }

    /** 該当件数 after a box changed. */
    public void countMatches() {
        matchCount = catalogue.countByCategories(lgCode, chosenCategories());
    }

    /** 全て選択. */
    public void chooseAll() {
        categories.forEach(count -> chosen.put(count.category(), true));
        countMatches();
    }

    /** リセット. */
    public void reset() {
        chosen.clear();
        countMatches();
    }

    /** この条件でさがす: to the address of this search, which lists its procedures. */
    public void searchByCategories() throws IOException {
        Set<ProcedureCategory> criteria = chosenCategories();
        if (criteria.isEmpty()) {
            Messages.error(CATEGORY_FIELD, "pittari.error.category_empty");
            return;
        }
        List<String> query = new ArrayList<>();
        query.add("lg=" + encode(lgCode));
        query.add("mode=" + SearchMode.CATEGORY.getParameter());
        criteria.forEach(category -> query.add(CATEGORY_PARAMETER + "=" + category.name()));
        ExternalContext external = FacesContext.getCurrentInstance().getExternalContext();
        external.redirect(external.getRequestContextPath() + SEARCH_PAGE + "?" + String.join("&", query));
    }

    /** 申請する: asks to confirm (「OK」) before the application starts. */
    public void apply() {
        applyRequested = isApplicable();
    }

    /** 「OK」: on to the application of the ticked procedures. */
    public void confirmApply() throws IOException {
        if (!isApplicable()) {
            applyRequested = false;
            return;
        }
        StringBuilder query = new StringBuilder();
        selectedIds()
                .forEach(id -> query.append(query.length() == 0 ? "?" : "&")
                        .append("p=")
                        .append(id));
        ExternalContext external = FacesContext.getCurrentInstance().getExternalContext();
        external.redirect(external.getRequestContextPath() + "/pittari/apply/start.xhtml" + query);
    }

    /** A box of the result list changed: a new choice needs 申請する again. */
    public void selectionChanged() {
        applyRequested = false;
    }

    /** 申請する is possible when at least one procedure is chosen and all chosen ones can be done online. */
    public boolean isApplicable() {
        List<Long> picked = selectedIds();
        return !picked.isEmpty()
                && allLines().stream()
                        .filter(line -> picked.contains(line.procedure().id()))
                        .allMatch(line -> line.procedure().online());
    }

    /** The lines of one category of 一覧から検索. */
    public List<ResultLine> linesOf(CategoryGroup group) {
        return group.procedures().stream().map(ResultLine::of).toList();
    }

    public int getSelectedCount() {
        return selectedIds().size();
    }

    private List<Long> selectedIds() {
        return selected.entrySet().stream()
                .filter(e -> Boolean.TRUE.equals(e.getValue()))
                .map(Map.Entry::getKey)
                .toList();
    }

    private List<ResultLine> allLines() {
        if (mode == SearchMode.LIST) {
            return groups.stream()
                    .flatMap(group -> group.procedures().stream())
                    .map(ResultLine::of)
                    .toList();
        }
        return lines;
    }

    private Set<ProcedureCategory> chosenCategories() {
        return chosen.entrySet().stream()
                .filter(e -> Boolean.TRUE.equals(e.getValue()))
                .map(Map.Entry::getKey)
                .collect(Collectors.toCollection(() -> EnumSet.noneOf(ProcedureCategory.class)));
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

    public String getLgCode() {
        return lgCode;
    }

    public void setLgCode(String lgCode) {
        this.lgCode = lgCode;
    }

    public String getModeParameter() {
        return modeParameter;
    }

    public void setModeParameter(String modeParameter) {
        this.modeParameter = modeParameter;
    }

    public String getKeywords() {
        return keywords;
    }

    public void setKeywords(String keywords) {
        this.keywords = keywords;
    }

    public SearchMode getMode() {
        return mode;
    }

    public List<SearchMode> getModes() {
        return List.of(SearchMode.values());
    }

    public Municipality getMunicipality() {
        return municipality;
    }

    public List<CategoryCount> getCategories() {
        return categories;
    }

    public Map<ProcedureCategory, Boolean> getChosen() {
        return chosen;
    }

    public long getMatchCount() {
        return matchCount;
    }

    public boolean isSearched() {
        return searched;
    }

    public List<ResultLine> getLines() {
        return lines;
    }

    public List<CategoryGroup> getGroups() {
        return groups;
    }

    public Map<Long, Boolean> getSelected() {
        return selected;
    }

    public boolean isApplyRequested() {
        return applyRequested;
    }
}
