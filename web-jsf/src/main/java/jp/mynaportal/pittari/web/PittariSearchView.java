package jp.mynaportal.pittari.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import jp.mynaportal.municipality.MunicipalityInfo;
import jp.mynaportal.municipality.MunicipalityLookupException;
import jp.mynaportal.municipality.MunicipalityService;
import jp.mynaportal.pittari.CategoryGroup;
import jp.mynaportal.pittari.PittariCatalogueService;
import jp.mynaportal.pittari.PittariKeywordService;
import jp.mynaportal.pittari.PittariSearchException;
import jp.mynaportal.pittari.ProcedureSummary;
import jp.mynaportal.pittari.model.CategoryCount;
import jp.mynaportal.pittari.model.ProcedureCategory;
import jp.mynaportal.platform.web.LocaleSelection;
import jp.mynaportal.platform.web.Messages;

/**
 * ② 検索方法 and the result list for one municipality. The address carries every input, so the
 * page keeps no state on the server and any step can be bookmarked, shared or reached with the
 * back button: {@code lg}, {@code mode}, {@code c} per ticked category, {@code q} for keywords,
 * {@code p} per ticked procedure and {@code apply} when 申請する was pressed. Without scripts,
 * 全て選択 / リセット arrive as {@code select=all|none}; the page script does them in place, and
 * updates 該当件数 and 申請する as boxes change.
 */
@Named
@RequestScoped
public class PittariSearchView {

    static final String SEARCH_PAGE = "/pittari/search.xhtml";
    static final String CATEGORY_PARAMETER = "c";
    static final String KEYWORD_FIELD = "q";
    static final String PICK_PARAMETER = "p";
    static final String APPLY_PARAMETER = "apply";
    static final String SELECT_PARAMETER = "select";
    static final String FIND_PARAMETER = "find";
    private static final String START_PAGE = "/pittari/apply/start.xhtml";

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
    private MunicipalityInfo municipality;
    private List<CategoryCount> categories = List.of();
    private Set<ProcedureCategory> chosen = EnumSet.noneOf(ProcedureCategory.class);
    private long matchCount;
    private boolean searched;
    private String categoryProblem;
    private List<ResultLine> lines = List.of();
    private List<CategoryGroup> groups = List.of();
    private Set<Long> picked = Set.of();
    private boolean applyRequested;
    private String applyProblem;

    /** Answers the address: the municipality, its categories, the search it names and the ticked procedures. */
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
            return;
        }
        loadPicks();
    }

    private void loadCategorySearch() {
        categories = catalogue.categoriesOf(lgCode);
        Set<ProcedureCategory> offered = categories.stream()
                .map(CategoryCount::category)
                .collect(Collectors.toCollection(() -> EnumSet.noneOf(ProcedureCategory.class)));
        List<String> select = Parameters.all(SELECT_PARAMETER);
        if (select.contains("all")) {
            chosen.addAll(offered);
        } else if (!select.contains("none")) {
            offered.stream()
                    .filter(category -> Parameters.all(CATEGORY_PARAMETER).contains(category.name()))
                    .forEach(chosen::add);
        }
        searched = select.isEmpty() && !chosen.isEmpty();
        if (searched) {
            lines = catalogue.findByCategories(lgCode, chosen).stream()
                    .map(p -> ResultLine.of(p, language.isEnglish()))
                    .toList();
            matchCount = lines.size();
        } else {
            matchCount = catalogue.countByCategories(lgCode, chosen);
        }
        if (select.isEmpty() && chosen.isEmpty() && Parameters.present(FIND_PARAMETER)) {
            categoryProblem = "pittari.error.category_empty";
        }
    }

    private void loadKeywordSearch() {
        if (keywords == null && !Parameters.present(KEYWORD_FIELD)) {
            return;
        }
        try {
            lines = keywordSearch.search(lgCode, keywords == null ? "" : keywords).stream()
                    .map(p -> ResultLine.of(p, language.isEnglish()))
                    .toList();
            searched = true;
        } catch (PittariSearchException e) {
            if (e.reason() == PittariSearchException.Reason.MUNICIPALITY_UNKNOWN) {
                throw e;
            }
            Messages.error(KEYWORD_FIELD, e.reason().messageKey());
        }
    }

    /** The ticked procedures of the address that this page lists; 申請する asks to confirm when they can all be done online. */
    private void loadPicks() {
        Set<Long> listed =
                allLines().stream().map(line -> line.procedure().id()).collect(Collectors.toSet());
        Set<Long> ticked = new LinkedHashSet<>();
        for (String value : Parameters.all(PICK_PARAMETER)) {
            try {
                long id = Long.parseLong(value);
                if (listed.contains(id)) {
                    ticked.add(id);
                }
            } catch (NumberFormatException e) {
                // not a procedure of this list: nothing to tick
            }
        }
        picked = ticked;
        if (!Parameters.present(APPLY_PARAMETER)) {
            return;
        }
        if (picked.isEmpty()) {
            applyProblem = "pittari.apply.error.nothing_selected";
        } else if (!isApplicable()) {
            applyProblem = "pittari.apply.error.not_online";
        } else {
            applyRequested = true;
        }
    }

    /** 申請する is possible when at least one procedure is ticked and all ticked ones can be done online. */
    public boolean isApplicable() {
        return !picked.isEmpty()
                && allLines().stream()
                        .map(ResultLine::procedure)
                        .filter(procedure -> picked.contains(procedure.id()))
                        .allMatch(ProcedureSummary::online);
    }

    /** 「OK」: the address that starts the application of the ticked procedures. */
    public String getStartAddress() {
        return START_PAGE + "?"
                + picked.stream().map(id -> PICK_PARAMETER + "=" + id).collect(Collectors.joining("&"));
    }

    /** キャンセル: this search with its ticks, without the question. */
    public String getSearchAddress() {
        List<String> query = new ArrayList<>();
        query.add("lg=" + lgCode);
        query.add("mode=" + mode.getParameter());
        chosen.forEach(category -> query.add(CATEGORY_PARAMETER + "=" + category.name()));
        if (mode == SearchMode.KEYWORD && keywords != null) {
            query.add(KEYWORD_FIELD + "=" + Parameters.encode(keywords));
        }
        picked.forEach(id -> query.add(PICK_PARAMETER + "=" + id));
        return SEARCH_PAGE + "?" + String.join("&", query);
    }

    /** The lines of one category of 一覧から検索. */
    public List<ResultLine> linesOf(CategoryGroup group) {
        return group.procedures().stream()
                .map(p -> ResultLine.of(p, language.isEnglish()))
                .toList();
    }

    private List<ResultLine> allLines() {
        if (mode == SearchMode.LIST) {
            return groups.stream()
                    .flatMap(group -> group.procedures().stream())
                    .map(p -> ResultLine.of(p, language.isEnglish()))
                    .toList();
        }
        return lines;
    }

    public boolean isChosen(ProcedureCategory category) {
        return chosen.contains(category);
    }

    public List<ProcedureCategory> getChosenCategories() {
        return List.copyOf(chosen);
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

    public MunicipalityInfo getMunicipality() {
        return municipality;
    }

    public List<CategoryCount> getCategories() {
        return categories;
    }

    public long getMatchCount() {
        return matchCount;
    }

    public boolean isSearched() {
        return searched;
    }

    public String getCategoryProblem() {
        return categoryProblem;
    }

    public List<ResultLine> getLines() {
        return lines;
    }

    public List<CategoryGroup> getGroups() {
        return groups;
    }

    public Set<Long> getPicked() {
        return picked;
    }

    public int getPickedCount() {
        return picked.size();
    }

    public boolean isApplyRequested() {
        return applyRequested;
    }

    public String getApplyProblem() {
        return applyProblem;
    }
}
