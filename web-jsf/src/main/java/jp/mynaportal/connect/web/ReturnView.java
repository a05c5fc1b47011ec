package jp.mynaportal.connect.web;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;

/** The return page: takes the browser on to the site with the portal's answer (kept once in the session). */
@Named
@RequestScoped
public class ReturnView {

    @Inject
    private PendingAuthorizations pending;

    private String location;

    @PostConstruct
    void init() {
        String id = FacesContext.getCurrentInstance()
                .getExternalContext()
                .getRequestParameterMap()
                .get("answer");
        location = pending.takeAnswer(id).orElse(null);
        FacesContext.getCurrentInstance().getExternalContext().setResponseHeader("Cache-Control", "no-store");
    }

    /** Where the browser goes, or null when the answer was used already. */
    public String getLocation() {
        return location;
    }

    /** The meta refresh value. */
    public String getRefresh() {
        return "0;url=" + location;
    }
}
