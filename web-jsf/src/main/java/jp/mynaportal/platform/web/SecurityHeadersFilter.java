package jp.mynaportal.platform.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;
import java.io.IOException;

/**
 * The headers every response carries: a strict Content-Security-Policy (Faces pages get
 * PrimeFaces' nonce-based policy instead, which replaces this one), no MIME sniffing, a referrer
 * policy, no framing, {@code Cache-Control: no-store} on every page and API answer (static
 * resources excepted), and no header that names the server or its version.
 */
@WebFilter(
        filterName = "SecurityHeadersFilter",
        urlPatterns = "/*",
        dispatcherTypes = {jakarta.servlet.DispatcherType.REQUEST, jakarta.servlet.DispatcherType.ERROR})
public class SecurityHeadersFilter extends HttpFilter {

    private static final long serialVersionUID = 1L;

    static final String CSP = "Content-Security-Policy";

    /** For responses PrimeFaces does not render: static resources, redirects, REST. */
    static final String DEFAULT_POLICY = "default-src 'self'; script-src 'self'; style-src 'self';"
            + " img-src 'self' data:; font-src 'self' data:; object-src 'none'; base-uri 'self';"
            + " form-action 'self'; frame-ancestors 'none'";

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        response.setHeader(CSP, DEFAULT_POLICY);
        response.setHeader("X-Content-Type-Options", "nosniff");
        response.setHeader("Referrer-Policy", "strict-origin-when-cross-origin");
        response.setHeader("X-Frame-Options", "DENY");
        response.setHeader("Permissions-Policy", "camera=(), microphone=(), geolocation=(), payment=()");
        response.setHeader("Cross-Origin-Opener-Policy", "same-origin");
        if (!isStaticResource(request)) {
            // pages and API answers may carry personal data: no browser or proxy keeps them
            // (a download or a resource may say otherwise for itself)
            response.setHeader("Cache-Control", "no-store");
        }
        if (request.isSecure()) {
            response.setHeader("Strict-Transport-Security", "max-age=31536000");
        }
        chain.doFilter(request, new AnonymousServerResponse(response));
    }

    /** The portal's style sheets, scripts, fonts and images, which anyone may cache. */
    static boolean isStaticResource(HttpServletRequest request) {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        return path.startsWith("/jakarta.faces.resource/") || path.startsWith("/resources/");
    }

    /** Drops the headers that would name the server or its version. */
    static final class AnonymousServerResponse extends HttpServletResponseWrapper {

        AnonymousServerResponse(HttpServletResponse response) {
            super(response);
        }

        private static boolean revealsServer(String name) {
            return "X-Powered-By".equalsIgnoreCase(name) || "Server".equalsIgnoreCase(name);
        }

        @Override
        public void setHeader(String name, String value) {
            if (!revealsServer(name)) {
                super.setHeader(name, value);
            }
        }

        /** PrimeFaces adds its nonce-based policy; it replaces the default rather than joining it. */
        @Override
        public void addHeader(String name, String value) {
            if (CSP.equalsIgnoreCase(name)) {
                super.setHeader(name, value);
            } else if (!revealsServer(name)) {
                super.addHeader(name, value);
            }
        }
    }
}
