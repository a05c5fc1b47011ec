package jp.mynaportal.municipality.web;

import jakarta.enterprise.context.SessionScoped;
import java.io.Serializable;
import jp.mynaportal.municipality.MunicipalityInfo;

/**
 * The municipality a visitor chose (あなたが登録した自治体), kept for the session. Pages read it
 * through {@link ChosenMunicipalityView}, which leaves a visitor without a session without one.
 */
@SessionScoped
public class ChosenMunicipality implements Serializable {

    private static final long serialVersionUID = 1L;

    private MunicipalityInfo municipality;

    public MunicipalityInfo getMunicipality() {
        return municipality;
    }

    public boolean isChosen() {
        return municipality != null;
    }

    void choose(MunicipalityInfo chosen) {
        this.municipality = chosen;
    }
}
