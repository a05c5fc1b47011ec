package jp.mynaportal.support;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/**
 * Keeps the request and response of the Arquillian test runner's request, so that a test inside the
 * container can authenticate that request for real ({@code SecurityContext.authenticate} needs both).
 * Added to the test deployments only.
 */
@WebFilter(filterName = "TestCurrentExchange", urlPatterns = "/ArquillianServletRunnerEE9")
public class CurrentExchange extends HttpFilter {

    private static final long serialVersionUID = 1L;

    private static final ThreadLocal<HttpServletRequest> REQUEST = new ThreadLocal<>();
    private static final ThreadLocal<HttpServletResponse> RESPONSE = new ThreadLocal<>();

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        REQUEST.set(request);
        RESPONSE.set(response);
        try {
            chain.doFilter(request, response);
        } finally {
            REQUEST.remove();
            RESPONSE.remove();
        }
    }

    static HttpServletRequest request() {
        HttpServletRequest request = REQUEST.get();
        if (request == null) {
            throw new IllegalStateException("not inside the test runner's request: is CurrentExchange deployed?");
        }
        return request;
    }

    static HttpServletResponse response() {
        return RESPONSE.get();
    }

    /** The address of the portal as the test runner's request reached it, for requests a test sends itself. */
    public static String portalAddress() {
        HttpServletRequest request = request();
        return request.getScheme() + "://127.0.0.1:" + request.getLocalPort() + request.getContextPath();
    }
}
