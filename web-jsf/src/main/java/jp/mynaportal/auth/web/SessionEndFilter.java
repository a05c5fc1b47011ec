package jp.mynaportal.auth.web;

import jakarta.inject.Inject;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/**
 * Ends a session that passed its absolute timeout, on pages and REST alike: the logout is recorded
 * for the caller the mechanism still authenticated, the session is invalidated, and a page goes to
 * the login page that says so (REST answers 401).
 */
@WebFilter(filterName = "SessionEndFilter", urlPatterns = "/*")
public class SessionEndFilter extends HttpFilter {

    private static final long serialVersionUID = 1L;

    @Inject
    private UserSession session;

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        if (request.getAttribute(PortalAuthenticationMechanism.EXPIRED) == null) {
            chain.doFilter(request, response);
            return;
        }
        session.end(request);
        if (request.getServletPath().startsWith("/api/")) {
            response.sendError(HttpServletResponse.SC_UNAUTHORIZED);
        } else {
            response.sendRedirect(request.getContextPath() + PortalAuthenticationMechanism.LOGIN + "?expired=true");
        }
    }
}
