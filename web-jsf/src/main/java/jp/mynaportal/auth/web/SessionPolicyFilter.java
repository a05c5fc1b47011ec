package jp.mynaportal.auth.web;

import jakarta.inject.Inject;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;

/**
 * Session rules for every page: a session past the absolute timeout is ended (and the logout
 * logged); a user who has not finished 利用者登録 sees only the registration page; the counter
 * pages need a staff member, the registration page and the application screens a logged-in user
 * (the application screens come back after the login).
 */
@WebFilter(filterName = "SessionPolicyFilter", urlPatterns = "*.xhtml")
public class SessionPolicyFilter extends HttpFilter {

    private static final long serialVersionUID = 1L;

    static final String LOGIN = "/auth/login.xhtml";
    static final String REGISTER = "/account/register.xhtml";
    static final String APPLY = "/pittari/apply/";
    static final String APPLY_START = "/pittari/apply/start.xhtml";

    @Inject
    private UserSession session;

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        String path = request.getServletPath();
        if (request.getSession(false) != null && session.expired(Instant.now())) {
            session.end(request);
            response.sendRedirect(request.getContextPath() + LOGIN + "?expired=true");
            return;
        }
        boolean loggedIn = request.getSession(false) != null && session.isLoggedIn();
        if (loggedIn && !session.getUser().registered() && !path.equals(REGISTER) && !path.startsWith("/about/")) {
            response.sendRedirect(request.getContextPath() + REGISTER);
            return;
        }
        if ((path.equals(REGISTER) && !loggedIn)
                || (path.startsWith("/counter/") && !(loggedIn && session.isStaff()))) {
            response.sendRedirect(request.getContextPath() + LOGIN);
            return;
        }
        if (!loggedIn && path.startsWith(APPLY) && !path.equals(APPLY_START)) {
            String back = path + (request.getQueryString() == null ? "" : "?" + request.getQueryString());
            response.sendRedirect(
                    request.getContextPath() + LOGIN + "?next=" + URLEncoder.encode(back, StandardCharsets.UTF_8));
            return;
        }
        chain.doFilter(request, response);
    }
}
