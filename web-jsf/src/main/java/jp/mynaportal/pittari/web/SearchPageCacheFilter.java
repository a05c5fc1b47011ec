package jp.mynaportal.pittari.web;

import jakarta.inject.Inject;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Optional;
import jp.mynaportal.auth.web.UserSession;
import jp.mynaportal.platform.web.LocaleSelection;

/**
 * Serves a search page that was already rendered for the same search and language from
 * {@link SearchPageCache}, with a fresh Content-Security-Policy nonce; renders and keeps it
 * otherwise. Only for visitors who are not logged in (the header names a logged-in user) and only
 * for addresses that name nothing but a search ({@link SearchPageKey}). Runs after the session and
 * security-header filters (web.xml), so an expired session still ends and every response still
 * carries the security headers.
 */
@WebFilter(filterName = "PittariSearchPageCacheFilter", urlPatterns = "/pittari/search.xhtml")
public class SearchPageCacheFilter extends HttpFilter {

    private static final long serialVersionUID = 1L;
    private static final String CSP = "Content-Security-Policy";
    private static final SecureRandom RANDOM = new SecureRandom();

    @Inject
    private SearchPageCache pages;

    @Inject
    private UserSession user;

    @Inject
    private LocaleSelection language;

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        Optional<String> key = cacheKey(request);
        if (key.isEmpty()) {
            chain.doFilter(request, response);
            return;
        }
        Optional<CachedPage> kept = pages.get(key.get());
        if (kept.isPresent()) {
            send(kept.get(), response);
            return;
        }
        CapturingResponse rendered = new CapturingResponse(response);
        chain.doFilter(request, rendered);
        if (!rendered.hasBody()) {
            return;
        }
        String html = rendered.body();
        String contentType = response.getContentType();
        if (response.getStatus() == HttpServletResponse.SC_OK
                && contentType != null
                && contentType.startsWith("text/html")) {
            CachedPage.of(html, response.getHeader(CSP), contentType).ifPresent(page -> pages.put(key.get(), page));
        }
        response.getWriter().write(html);
    }

    private Optional<String> cacheKey(HttpServletRequest request) {
        if (!pages.enabled() || !"GET".equals(request.getMethod())) {
            return Optional.empty();
        }
        boolean session = request.getSession(false) != null;
        if (session && user.isLoggedIn()) {
            return Optional.empty();
        }
        String chosen = language.getLanguage();
        return SearchPageKey.of(chosen, request.getParameterMap());
    }

    private static void send(CachedPage page, HttpServletResponse response) throws IOException {
        byte[] nonce = new byte[18];
        RANDOM.nextBytes(nonce);
        String value = Base64.getEncoder().encodeToString(nonce);
        byte[] body = page.body(value);
        response.setContentType(page.contentType());
        response.setHeader(CSP, page.policy(value));
        response.setContentLength(body.length);
        response.getOutputStream().write(body);
    }
}
