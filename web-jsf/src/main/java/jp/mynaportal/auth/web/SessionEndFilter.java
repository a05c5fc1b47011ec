package jp.mynaportal.auth.web;

import jakarta.inject.Inject;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import jp.mynaportal.auth.AuthenticationService;

/**
 * Ends a session that {@link PortalAuthenticationMechanism} found past its absolute timeout, before
 * any other filter or page sees the request: the login service records the end for the caller, the
 * session is invalidated, and a page goes to the login page that says so (REST and a page's own
 * Ajax request get 401).
 */
@WebFilter(filterName = "SessionEndFilter")
public class SessionEndFilter extends HttpFilter {

    /** The request attribute by which the mechanism marks a session to end. */
    static final String ENDED = SessionEndFilter.class.getName() + ".ended";

    private static final long serialVersionUID = 1L;

    @Inject
    private transient AuthenticationService authentication;

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        if (request.getAttribute(ENDED) == null) {
            chain.doFilter(request, response);
            return;
        }
        try {
            authentication.sessionExpired(request.getRemoteAddr());
        } finally {
            HttpSession session = request.getSession(false);
            if (session != null) {
                session.invalidate();
            }
            request.logout();
        }
        if (PortalAuthenticationMechanism.page(request)) {
            response.sendRedirect(request.getContextPath() + PortalAuthenticationMechanism.LOGIN + "?expired=true");
        } else {
            response.sendError(HttpServletResponse.SC_UNAUTHORIZED);
        }
    }
}
