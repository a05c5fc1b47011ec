package jp.mynaportal.platform.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.FilterConfig;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Arrays;
import java.util.Set;
import java.util.logging.Logger;
import java.util.stream.Collectors;
import org.eclipse.microprofile.config.Config;
import org.eclipse.microprofile.config.ConfigProvider;

/**
 * CSRF protection for every state-changing request, pages, AJAX and REST alike, before anything
 * reads its body: what {@link SameOriginRule} refuses is answered 403 (the portal's page, or a
 * problem document for the REST API). Faces' view state alone does not protect stateless views or
 * the REST API; this does, for every endpoint added later too.
 */
@WebFilter(filterName = "SameOriginFilter", urlPatterns = "/*")
public class SameOriginFilter extends HttpFilter {

    private static final long serialVersionUID = 1L;

    private static final Logger LOG = Logger.getLogger(SameOriginFilter.class.getName());

    private transient SameOriginRule rule;
    private transient String proxyHeader;

    @Override
    public void init(FilterConfig config) throws ServletException {
        super.init(config);
        Config settings = ConfigProvider.getConfig(SameOriginFilter.class.getClassLoader());
        Set<String> origins = settings.getOptionalValue("mynaportal.auth.origin", String.class)
                .map(value -> Arrays.stream(value.split(","))
                        .map(SameOriginRule::origin)
                        .filter(o -> o != null)
                        .collect(Collectors.toSet()))
                .orElse(Set.of());
        rule = new SameOriginRule(origins);
        proxyHeader = settings.getOptionalValue("mynaportal.https.proxy-header", String.class)
                .filter(h -> !h.isBlank())
                .orElse(null);
    }

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        boolean secure =
                request.isSecure() || (proxyHeader != null && "https".equalsIgnoreCase(request.getHeader(proxyHeader)));
        if (rule.allows(
                request.getMethod(),
                request.getHeader("Host"),
                secure,
                request.getHeader("Sec-Fetch-Site"),
                request.getHeader("Origin"),
                request.getHeader("Referer"))) {
            chain.doFilter(request, response);
            return;
        }
        LOG.info(() -> "Refused a cross-site request: " + request.getMethod() + " " + request.getRequestURI());
        Refusal.send(request, response, Refusal.Reason.CROSS_SITE);
    }
}
