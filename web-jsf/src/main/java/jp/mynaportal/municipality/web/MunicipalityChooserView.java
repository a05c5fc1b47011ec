package jp.mynaportal.municipality.web;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import jp.mynaportal.municipality.MunicipalityChoice;
import jp.mynaportal.municipality.MunicipalityInfo;
import jp.mynaportal.municipality.MunicipalityLookupException;
import jp.mynaportal.municipality.MunicipalityService;
import jp.mynaportal.municipality.PostalCodeLookup;
import jp.mynaportal.platform.web.Messages;

/**
 * The screen 自治体情報を登録・変更する: three ways to find a municipality, each with its own
 * field and message, and the candidates to choose from.
 */
@Named
@ViewScoped
public class MunicipalityChooserView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private MunicipalityService municipalities;

    @Inject
    private ChosenMunicipality chosen;

    private String postalCode;
    private String name;
    private String prefecture;
    private PostalCodeLookup postalLookup;
    private List<MunicipalityInfo> candidates = List.of();
    private List<MunicipalityInfo> prefectures;
    private List<MunicipalityChoice> prefectureMunicipalities = List.of();

    /** 地域を検索 by postal code. */
    public void searchByPostalCode() {
        candidates = List.of();
        try {
            postalLookup = municipalities.findByPostalCode(postalCode);
            candidates = postalLookup.municipalities();
        } catch (MunicipalityLookupException e) {
            postalLookup = null;
            Messages.error("chooser:postalCode", e.reason().messageKey());
        }
    }

    /** 地域を検索 by municipality name or reading. */
    public void searchByName() {
        postalLookup = null;
        try {
            candidates = municipalities.findByName(name);
        } catch (MunicipalityLookupException e) {
            candidates = List.of();
            Messages.error("chooser:name", e.reason().messageKey());
        }
    }

    /** 都道府県を選択: loads that prefecture's municipalities. */
    public void loadPrefecture() {
        prefectureMunicipalities = prefecture == null ? List.of() : municipalities.municipalitiesOf(prefecture);
    }

    /** Chooses a candidate and returns to the top page. */
    public String choose(String lgCode) {
        try {
            chosen.choose(municipalities.get(lgCode));
            return "/index.xhtml?faces-redirect=true";
        } catch (MunicipalityLookupException e) {
            Messages.error(null, e.reason().messageKey());
            return null;
        }
    }

    @PostConstruct
    void init() {
        prefectures = municipalities.prefectures();
    }

    public List<MunicipalityInfo> getPrefectures() {
        return prefectures;
    }

    public String getPostalCode() {
        return postalCode;
    }

    public void setPostalCode(String postalCode) {
        this.postalCode = postalCode;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public String getPrefecture() {
        return prefecture;
    }

    public void setPrefecture(String prefecture) {
        this.prefecture = prefecture;
    }

    public PostalCodeLookup getPostalLookup() {
        return postalLookup;
    }

    public List<MunicipalityInfo> getCandidates() {
        return candidates;
    }

    public List<MunicipalityChoice> getPrefectureMunicipalities() {
        return prefectureMunicipalities;
    }
}
