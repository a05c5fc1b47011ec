package jp.mynaportal.pittari.web;

import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.io.UncheckedIOException;

/** The addresses of the application screens and the small request helpers they share. */
final class ApplicationPages {

    static final String START = "/pittari/apply/start.xhtml";
    static final String FORM = "/pittari/apply/form.xhtml";
    static final String CONFIRM = "/pittari/apply/confirm.xhtml";
    static final String SIGN = "/pittari/apply/sign.xhtml";
    static final String DONE = "/pittari/apply/done.xhtml";
    static final String RESUME = "/pittari/apply/resume.xhtml";

    private ApplicationPages() {}

    /** A redirect to a screen of one application. */
    static void redirect(String page, long applicationId) {
        redirect(page + "?id=" + applicationId);
    }

    static void redirect(String pageAndQuery) {
        ExternalContext external = FacesContext.getCurrentInstance().getExternalContext();
        try {
            external.redirect(external.getRequestContextPath() + pageAndQuery);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The id parameter of the address, or -1 when it is missing or not a number. */
    static long idParameter() {
        String id = FacesContext.getCurrentInstance()
                .getExternalContext()
                .getRequestParameterMap()
                .get("id");
        try {
            return id == null ? -1 : Long.parseLong(id);
        } catch (NumberFormatException e) {
            return -1;
        }
    }

    /** Where the request came from, for the usage log. */
    static String terminal() {
        HttpServletRequest request = (HttpServletRequest)
                FacesContext.getCurrentInstance().getExternalContext().getRequest();
        return request.getRemoteAddr();
    }
}
