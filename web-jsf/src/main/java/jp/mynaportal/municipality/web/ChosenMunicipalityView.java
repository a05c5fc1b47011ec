package jp.mynaportal.municipality.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import jp.mynaportal.municipality.MunicipalityInfo;

/**
 * The chosen municipality as pages show it ({@code #{chosenMunicipality}}): a visitor without a
 * server session has chosen none, and reading the page does not create a session for them (only
 * choosing one does).
 */
@Named("chosenMunicipality")
@RequestScoped
public class ChosenMunicipalityView {

    @Inject
    private ChosenMunicipality chosen;

    @Inject
    private HttpServletRequest request;

    public MunicipalityInfo getMunicipality() {
        return request.getSession(false) == null ? null : chosen.getMunicipality();
    }

    public boolean isChosen() {
        return getMunicipality() != null;
    }
}
