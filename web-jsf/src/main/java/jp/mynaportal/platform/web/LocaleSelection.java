package jp.mynaportal.platform.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.util.Locale;
import java.util.Map;

/**
 * The language of the pages: Japanese unless the visitor switched to English. The choice is a
 * cookie of its own ({@value #COOKIE}), not session state, so that reading a page anonymously never
 * creates a server session.
 */
@Named
@RequestScoped
public class LocaleSelection {

    /** The cookie that keeps the choice: {@code en}, or absent for Japanese. */
    public static final String COOKIE = "MYNALANG";

    private static final Locale JAPANESE = Locale.JAPANESE;

    @Inject
    private HttpServletRequest request;

    private Locale locale;

    public Locale getLocale() {
        if (locale == null) {
            locale = chosen(request);
        }
        return locale;
    }

    public String getLanguage() {
        return getLocale().getLanguage();
    }

    public boolean isEnglish() {
        return Locale.ENGLISH.getLanguage().equals(getLanguage());
    }

    /** The language a request's cookie chose, Japanese without one. */
    static Locale chosen(HttpServletRequest request) {
        Cookie[] cookies = request == null ? null : request.getCookies();
        if (cookies != null) {
            for (Cookie cookie : cookies) {
                if (COOKIE.equals(cookie.getName()) && "en".equals(cookie.getValue())) {
                    return Locale.ENGLISH;
                }
            }
        }
        return JAPANESE;
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
        HttpServletRequest current =
                (HttpServletRequest) context.getExternalContext().getRequest();
        String path = current.getContextPath().isEmpty() ? "/" : current.getContextPath();
        context.getExternalContext()
                .addResponseCookie(
                        COOKIE,
                        isEnglish() ? "en" : "ja",
                        Map.of(
                                "path",
                                path,
                                "maxAge",
                                365 * 24 * 60 * 60,
                                "httpOnly",
                                Boolean.TRUE,
                                "secure",
                                current.isSecure(),
                                "SameSite",
                                "Lax"));
        String query = current.getQueryString();
        context.getExternalContext().redirect(current.getRequestURI() + (query == null ? "" : "?" + query));
    }
}
