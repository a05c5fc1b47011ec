package jp.mynaportal.platform.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Collections;
import java.util.Enumeration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

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
        if ("POST".equals(request.getMethod())
                && request.getParameter(VIEW_STATE) != null
                && !isNonce(request.getParameter(NONCE))) {
            chain.doFilter(new FreshNonce(request), response);
            return;
        }
        chain.doFilter(request, response);
    }

    /** The view state parameter of a Faces postback. */
    static final String VIEW_STATE = "jakarta.faces.ViewState";

    /** The script nonce that PrimeFaces' CSP puts into every form of a page (and its Ajax requests). */
    static final String NONCE = "primefaces.nonce";

    /** Whether a value has the shape of PrimeFaces' nonce: base64 of a UUID's text. */
    static boolean isNonce(String value) {
        if (value == null || value.isEmpty() || value.length() > 64) {
            return false;
        }
        try {
            UUID.fromString(new String(Base64.getDecoder().decode(value), StandardCharsets.UTF_8));
            return true;
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    /**
     * A postback without a well-formed nonce (no page of the portal sends one; a client that is not
     * the page's script may): it gets a fresh nonce, which PrimeFaces uses for the scripts of its
     * answer, instead of failing the render with a 500. PrimeFaces compares the nonce with none
     * kept for the view (see {@link StatelessUntilBuilt}), so nothing is accepted that would not
     * be otherwise.
     */
    private static final class FreshNonce extends HttpServletRequestWrapper {

        private final String nonce =
                Base64.getEncoder().encodeToString(UUID.randomUUID().toString().getBytes(StandardCharsets.UTF_8));

        FreshNonce(HttpServletRequest request) {
            super(request);
        }

        @Override
        public String getParameter(String name) {
            return NONCE.equals(name) ? nonce : super.getParameter(name);
        }

        @Override
        public String[] getParameterValues(String name) {
            return NONCE.equals(name) ? new String[] {nonce} : super.getParameterValues(name);
        }

        @Override
        public Map<String, String[]> getParameterMap() {
            Map<String, String[]> parameters = new LinkedHashMap<>(super.getParameterMap());
            parameters.put(NONCE, new String[] {nonce});
            return Collections.unmodifiableMap(parameters);
        }

        @Override
        public Enumeration<String> getParameterNames() {
            return Collections.enumeration(getParameterMap().keySet());
        }
    }
}
