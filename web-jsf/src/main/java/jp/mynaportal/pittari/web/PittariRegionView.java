package jp.mynaportal.pittari.web;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import jp.mynaportal.municipality.MunicipalityChoice;
import jp.mynaportal.municipality.MunicipalityInfo;
import jp.mynaportal.municipality.MunicipalityLookupException;
import jp.mynaportal.municipality.MunicipalityService;
import jp.mynaportal.platform.web.LocaleSelection;
import jp.mynaportal.platform.web.Messages;

/**
 * ① 地域を選んでください: a postal code or municipality name ({@code q}) with 地域を検索, or
 * 都道府県を選択 ({@code pref}) → 市町村を選択. Both are GET forms, so the back button and a link
 * bring the same candidates back.
 */
@Named
@RequestScoped
public class PittariRegionView {

    static final String QUERY_FIELD = "q";

    @Inject
    private MunicipalityService municipalities;

    @Inject
    private LocaleSelection language;

    private String query;
    private String prefecture;
    private List<MunicipalityInfo> prefectures;
    private List<MunicipalityInfo> candidates = List.of();
    private List<String> towns = List.of();
    private List<MunicipalityChoice> prefectureMunicipalities = List.of();

    @PostConstruct
    void init() {
        prefectures = municipalities.prefectures();
    }

    /** Answers the address: candidates for {@code q}, the municipalities of {@code pref}. */
    public void load() {
        Parameters.useLanguage(language.getLocale());
        if (query != null) {
            search();
        } else if (Parameters.present(QUERY_FIELD)) {
            Messages.error(QUERY_FIELD, "pittari.error.region_empty");
        }
        if (prefecture != null) {
            prefectureMunicipalities = municipalities.municipalitiesOf(prefecture);
        }
    }

    private void search() {
        try {
            RegionQuery.Found found = RegionQuery.find(municipalities, query);
            candidates = found.municipalities();
            towns = found.towns();
        } catch (MunicipalityLookupException e) {
            Messages.error(QUERY_FIELD, e.reason().messageKey());
        }
    }

    public String getQuery() {
        return query;
    }

    public void setQuery(String query) {
        this.query = query;
    }

    public String getPrefecture() {
        return prefecture;
    }

    public void setPrefecture(String prefecture) {
        this.prefecture = prefecture;
    }

    public List<MunicipalityInfo> getPrefectures() {
        return prefectures;
    }

    public List<MunicipalityInfo> getCandidates() {
        return candidates;
    }

    public List<String> getTowns() {
        return towns;
    }

    public List<MunicipalityChoice> getPrefectureMunicipalities() {
        return prefectureMunicipalities;
    }
}
