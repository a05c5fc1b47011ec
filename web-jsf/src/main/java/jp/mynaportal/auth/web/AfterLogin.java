package jp.mynaportal.auth.web;

import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import java.io.IOException;

/**
 * Where a login page sends the resident once the session is logged in: 利用者登録 the first time,
 * else the page they came from (a local page only), else the top page.
 */
final class AfterLogin {

    private AfterLogin() {}

    /** Redirects the current Faces request (page or AJAX) to where the logged-in resident goes. */
    static void redirect(UserSession userSession, String next) throws IOException {
        ExternalContext external = FacesContext.getCurrentInstance().getExternalContext();
        String page;
        if (!userSession.isRegistered()) {
            page = "/account/register.xhtml";
        } else if (next != null) {
            page = next;
        } else {
            page = "/index.xhtml";
        }
        external.redirect(external.getRequestContextPath() + page);
    }
}
