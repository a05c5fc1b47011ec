package jp.mynaportal.insurance.web;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jp.mynaportal.access.Roles;
import jp.mynaportal.insurance.InsuranceService;
import jp.mynaportal.insurance.InsuranceStatus;

/**
 * The explanation (マイナンバーカードを健康保険証として使うとなにがいいの？): the six benefits and
 * 「利用を申し込む」; a logged-in resident who registered already sees that instead of the button.
 */
@Named
@RequestScoped
public class InsuranceIntroView {

    @Inject
    private InsuranceService insurance;

    private InsuranceStatus status;

    @PostConstruct
    void init() {
        if (FacesContext.getCurrentInstance().getExternalContext().isUserInRole(Roles.RESIDENT)) {
            status = insurance.status();
        }
    }

    /** The resident's registration, or null for a visitor who is not logged in. */
    public InsuranceStatus getStatus() {
        return status;
    }

    public boolean isApplied() {
        return status != null && status.applied();
    }
}
