package jp.mynaportal.platform.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.FilterConfig;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.ResourceBundle;
import org.eclipse.microprofile.config.Config;
import org.eclipse.microprofile.config.ConfigProvider;

/**
 * Applies the {@link HttpsPolicy} before anything else sees the request: plain-HTTP page visits
 * are redirected to HTTPS, other plain-HTTP requests (and every one behind a proxy that does not
 * say HTTPS) are refused with a short page in the visitor's language, and HTTPS answers carry HSTS.
 */
@WebFilter(filterName = "HttpsFilter", urlPatterns = "/*")
public class HttpsFilter extends HttpFilter {

    private static final long serialVersionUID = 1L;

    private transient HttpsPolicy policy;

    @Override
    public void init(FilterConfig config) throws ServletException {
        super.init(config);
        Config settings = ConfigProvider.getConfig(HttpsFilter.class.getClassLoader());
        policy = HttpsPolicy.from(
                key -> settings.getOptionalValue(key, String.class).orElse(null));
    }

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        String proxyScheme = policy.proxyHeader() == null ? null : request.getHeader(policy.proxyHeader());
        switch (policy.judge(request.isSecure(), proxyScheme, request.getMethod())) {
            case SERVE_SECURE -> {
                response.setHeader("Strict-Transport-Security", policy.hsts());
                chain.doFilter(request, response);
            }
            case SERVE -> chain.doFilter(request, response);
            case REDIRECT -> {
                response.setStatus(HttpServletResponse.SC_MOVED_PERMANENTLY);
                response.setHeader(
                        "Location",
                        policy.secureLocation(
                                request.getServerName(), request.getRequestURI(), request.getQueryString()));
            }
            case REFUSE -> refuse(request, response);
        }
    }

    private static void refuse(HttpServletRequest request, HttpServletResponse response) throws IOException {
        Locale locale = request.getLocale().getLanguage().equals("en") ? Locale.ENGLISH : Locale.JAPANESE;
        String text = ResourceBundle.getBundle(Messages.BUNDLE, locale).getString("platform.https.required");
        response.setStatus(HttpServletResponse.SC_FORBIDDEN);
        response.setContentType("text/plain;charset=UTF-8");
        response.setHeader("Cache-Control", "no-store");
        response.getOutputStream().write(text.getBytes(StandardCharsets.UTF_8));
    }
}
