package jp.mynaportal.application.web;

import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.io.UncheckedIOException;

/** The addresses of the application screens and the small request helpers they share. */
public final class ApplicationPages {

    public static final String START = "/pittari/apply/start.xhtml";
    public static final String FORM = "/pittari/apply/form.xhtml";
    public static final String CONFIRM = "/pittari/apply/confirm.xhtml";
    public static final String SIGN = "/pittari/apply/sign.xhtml";
    public static final String DONE = "/pittari/apply/done.xhtml";
    public static final String RESUME = "/pittari/apply/resume.xhtml";

    private ApplicationPages() {}

    /** A redirect to a screen of one application. */
    public static void redirect(String page, long applicationId) {
        redirect(page + "?id=" + applicationId);
    }

    public static void redirect(String pageAndQuery) {
        ExternalContext external = FacesContext.getCurrentInstance().getExternalContext();
        try {
            external.redirect(external.getRequestContextPath() + pageAndQuery);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The id parameter of the address, or -1 when it is missing or not a number. */
    public static long idParameter() {
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
    public static String terminal() {
        HttpServletRequest request = (HttpServletRequest)
                FacesContext.getCurrentInstance().getExternalContext().getRequest();
        return request.getRemoteAddr();
    }
}
