package jp.mynaportal.connect.web;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import jp.mynaportal.connect.AuthorizationCheck;
import jp.mynaportal.connect.ConnectService;

/**
 * The authorization endpoint. A site's request is checked before anything else: an unknown site or
 * an unregistered redirect URI gets the portal's own page (never a redirect to an address nobody
 * registered); any other fault is answered to the site; an accepted request is kept in the session
 * and the browser goes on to the consent screen, which asks for the login first.
 */
@WebServlet(urlPatterns = "/connect/authorize")
public class AuthorizeServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;
    private static final int MAX_PARAMETERS = 30;
    private static final int MAX_VALUE = 2000;

    static final String CONSENT = "/connect/consent.xhtml";
    static final String REFUSED = "/connect/refused.xhtml";

    @Inject
    private transient ConnectService connect;

    @Inject
    private transient PendingAuthorizations pending;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        Map<String, List<String>> parameters = new LinkedHashMap<>();
        if (request.getParameterMap().size() > MAX_PARAMETERS) {
            refuse(request, response, AuthorizationCheck.Reason.UNKNOWN_SITE);
            return;
        }
        for (Map.Entry<String, String[]> parameter : request.getParameterMap().entrySet()) {
            if (Arrays.stream(parameter.getValue()).anyMatch(v -> v.length() > MAX_VALUE)) {
                refuse(request, response, AuthorizationCheck.Reason.UNKNOWN_SITE);
                return;
            }
            parameters.put(parameter.getKey(), List.of(parameter.getValue()));
        }
        AuthorizationCheck check = connect.check(parameters);
        response.setHeader("Cache-Control", "no-store");
        if (check instanceof AuthorizationCheck.Refused refused) {
            refuse(request, response, refused.reason());
        } else if (check instanceof AuthorizationCheck.ErrorRedirect error) {
            response.sendRedirect(error.location());
        } else if (check instanceof AuthorizationCheck.Accepted accepted) {
            String id = pending.keep(accepted.pending());
            response.sendRedirect(request.getContextPath() + CONSENT + "?request=" + id);
        }
    }

    private static void refuse(
            HttpServletRequest request, HttpServletResponse response, AuthorizationCheck.Reason reason)
            throws IOException {
        response.sendRedirect(request.getContextPath() + REFUSED + "?reason=" + reason.name());
    }
}
