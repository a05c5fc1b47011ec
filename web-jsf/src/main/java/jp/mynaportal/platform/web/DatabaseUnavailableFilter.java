package jp.mynaportal.platform.web;

import jakarta.json.Json;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.logging.Logger;

/**
 * While the database cannot be reached, a request that needs it answers 503 with {@code
 * Retry-After} at once instead of a 500: a page in the visitor's language, or for the REST API a
 * JSON body {@code {"result":"DATABASE_UNAVAILABLE","message":…}}. Requests that do not need the
 * database never get here and are served as usual. One line goes to the log, not a stack trace.
 */
@WebFilter(filterName = "DatabaseUnavailableFilter", urlPatterns = "/*")
public class DatabaseUnavailableFilter extends HttpFilter {

    private static final long serialVersionUID = 1L;

    private static final Logger LOG = Logger.getLogger(DatabaseUnavailableFilter.class.getName());

    static final String PAGE = "/error/unavailable.xhtml";

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        try {
            chain.doFilter(request, response);
        } catch (ServletException | IOException | RuntimeException e) {
            if (!DatabaseOutage.isCause(e) || response.isCommitted()) {
                throw e;
            }
            LOG.warning(
                    () -> "Database unavailable, answered 503: " + request.getMethod() + " " + request.getRequestURI());
            answerUnavailable(request, response);
        }
    }

    private static void answerUnavailable(HttpServletRequest request, HttpServletResponse response)
            throws IOException, ServletException {
        response.resetBuffer();
        response.setStatus(HttpServletResponse.SC_SERVICE_UNAVAILABLE);
        response.setHeader("Retry-After", String.valueOf(DatabaseOutage.RETRY_AFTER_SECONDS));
        response.setHeader("Cache-Control", "no-store");
        if (request.getServletPath().startsWith("/api")) {
            response.setContentType("application/json");
            response.setCharacterEncoding(StandardCharsets.UTF_8.name());
            Json.createWriter(response.getWriter())
                    .writeObject(DatabaseOutage.apiAnswer(request.getHeader("Accept-Language")));
        } else {
            request.getRequestDispatcher(PAGE).forward(request, response);
        }
    }
}
