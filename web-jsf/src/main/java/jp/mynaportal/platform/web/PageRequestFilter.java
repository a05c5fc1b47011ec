package jp.mynaportal.platform.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Map;
import java.util.Set;

/**
 * What a Faces page accepts: GET, HEAD and POST (other methods are a 405 with {@code Allow}), and
 * a Faces AJAX request ({@code Faces-Request: partial/ajax}) only as a POST, as the pages' own
 * scripts send it; anything else is refused with the portal's page before Faces runs a lifecycle
 * for a request no page of the portal makes.
 */
@WebFilter(filterName = "PageRequestFilter", urlPatterns = "*.xhtml")
public class PageRequestFilter extends HttpFilter {

    private static final long serialVersionUID = 1L;

    static final Set<String> METHODS = Set.of("GET", "HEAD", "POST");

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        if (!METHODS.contains(request.getMethod())) {
            Refusal.send(request, response, Refusal.Reason.METHOD_NOT_ALLOWED, Map.of("Allow", "GET, HEAD, POST"));
            return;
        }
        if (request.getHeader("Faces-Request") != null && !"POST".equals(request.getMethod())) {
            Refusal.send(request, response, Refusal.Reason.MALFORMED);
            return;
        }
        chain.doFilter(request, response);
    }
}
