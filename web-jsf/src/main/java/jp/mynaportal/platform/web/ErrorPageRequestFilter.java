package jp.mynaportal.platform.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Collections;
import java.util.Enumeration;
import java.util.Map;

/**
 * An error page is always rendered fresh: when the container shows it for a failed form post
 * (e.g. a stale view state), Faces would otherwise take the post's parameters for a postback of
 * the error page itself, fail to restore it, and answer a 500 instead of the page. The error page
 * sees a GET without parameters or Faces headers. The page of an expired view (a post of a stale
 * view state) is answered 400, not the 500 the container gives every exception's page. A failed
 * REST request is answered with the problem document of its status instead of a page.
 */
@WebFilter(
        filterName = "ErrorPageRequestFilter",
        urlPatterns = "/error/*",
        dispatcherTypes = {jakarta.servlet.DispatcherType.ERROR, jakarta.servlet.DispatcherType.REQUEST})
public class ErrorPageRequestFilter extends HttpFilter {

    private static final long serialVersionUID = 1L;

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        if (request.getDispatcherType() == jakarta.servlet.DispatcherType.ERROR && failedRestRequest(request)) {
            // a REST client gets a problem document with the status, never the HTML error page
            // (e.g. the 401 of the security constraints, a 403 for a role the caller lacks)
            int status =
                    request.getAttribute(jakarta.servlet.RequestDispatcher.ERROR_STATUS_CODE) instanceof Integer code
                            ? code
                            : response.getStatus();
            Refusal.Reason reason = Refusal.Reason.of(status);
            if (reason.status() == status) {
                Refusal.sendProblem(request, response, reason);
                return;
            }
        }
        if (request.getDispatcherType() == jakarta.servlet.DispatcherType.ERROR
                && isViewExpired(request.getAttribute(jakarta.servlet.RequestDispatcher.ERROR_EXCEPTION))) {
            // a form of a page that is no longer kept (the session ended, too many pages open): the
            // sender's request is stale, not the server broken; the expired page says what to do
            response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
        }
        chain.doFilter(new FreshRequest(request), response);
    }

    private static boolean failedRestRequest(HttpServletRequest request) {
        return request.getAttribute(jakarta.servlet.RequestDispatcher.ERROR_REQUEST_URI) instanceof String failed
                && Refusal.isApi(failed, request.getContextPath());
    }

    private static boolean isViewExpired(Object failure) {
        for (Throwable t = failure instanceof Throwable thrown ? thrown : null;
                t != null;
                t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof jakarta.faces.application.ViewExpiredException) {
                return true;
            }
        }
        return false;
    }

    /** The request as a plain GET: no parameters, no Faces request header. */
    static final class FreshRequest extends HttpServletRequestWrapper {

        FreshRequest(HttpServletRequest request) {
            super(request);
        }

        @Override
        public String getMethod() {
            return "HEAD".equals(super.getMethod()) ? "HEAD" : "GET";
        }

        @Override
        public String getParameter(String name) {
            return null;
        }

        @Override
        public Map<String, String[]> getParameterMap() {
            return Map.of();
        }

        @Override
        public Enumeration<String> getParameterNames() {
            return Collections.emptyEnumeration();
        }

        @Override
        public String[] getParameterValues(String name) {
            return null;
        }

        @Override
        public String getQueryString() {
            return null;
        }

        @Override
        public String getHeader(String name) {
            return "Faces-Request".equalsIgnoreCase(name) ? null : super.getHeader(name);
        }

        @Override
        public Enumeration<String> getHeaders(String name) {
            return "Faces-Request".equalsIgnoreCase(name) ? Collections.emptyEnumeration() : super.getHeaders(name);
        }
    }
}
