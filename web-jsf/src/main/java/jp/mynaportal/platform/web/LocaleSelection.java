package jp.mynaportal.platform.web;

import jakarta.enterprise.context.SessionScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.io.Serializable;
import java.util.Locale;

/** The language of the pages: Japanese unless the user switched to English. */
@Named
@SessionScoped
public class LocaleSelection implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final Locale JAPANESE = Locale.JAPANESE;

    private Locale locale = JAPANESE;

    public Locale getLocale() {
        return locale;
    }

    public String getLanguage() {
        return locale.getLanguage();
    }

    public boolean isEnglish() {
        return Locale.ENGLISH.getLanguage().equals(locale.getLanguage());
    }

    /**
     * Switches between Japanese and English and shows the same page again: the template's language
     * form posts to the page's full address, so the redirect keeps every parameter of it (the
     * repeated {@code c=…} of a search as well as the view parameters).
     */
    public void toggle() throws IOException {
        locale = isEnglish() ? JAPANESE : Locale.ENGLISH;
        FacesContext context = FacesContext.getCurrentInstance();
        context.getViewRoot().setLocale(locale);
        HttpServletRequest request =
                (HttpServletRequest) context.getExternalContext().getRequest();
        String query = request.getQueryString();
        context.getExternalContext().redirect(request.getRequestURI() + (query == null ? "" : "?" + query));
    }
}
