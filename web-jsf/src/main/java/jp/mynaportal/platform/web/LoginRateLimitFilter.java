package jp.mynaportal.platform.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.FilterConfig;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.Clock;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.Config;
import org.eclipse.microprofile.config.ConfigProvider;

/**
 * Limits the login requests of each client address ({@link LoginRateLimit}, {@code
 * mynaportal.auth.login-requests-per-minute}, 30 by default): every request of the token-login API
 * ({@code /api/auth/…}: challenges and tokens) and every form post of the login page. Past the
 * limit the answer is 429 with {@code Retry-After}, the portal's page or a problem document, and
 * no challenge is made.
 */
@WebFilter(
        filterName = "LoginRateLimitFilter",
        urlPatterns = {"/api/auth/*", "/auth/*"})
public class LoginRateLimitFilter extends HttpFilter {

    private static final long serialVersionUID = 1L;

    private static final Logger LOG = Logger.getLogger(LoginRateLimitFilter.class.getName());

    static final String PER_MINUTE = "mynaportal.auth.login-requests-per-minute";

    private transient LoginRateLimit limit;

    @Override
    public void init(FilterConfig config) throws ServletException {
        super.init(config);
        Config settings = ConfigProvider.getConfig(LoginRateLimitFilter.class.getClassLoader());
        limit = new LoginRateLimit(
                settings.getOptionalValue(PER_MINUTE, Integer.class).orElse(30), Clock.systemUTC());
    }

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        boolean counted = Refusal.isApi(request) || "POST".equalsIgnoreCase(request.getMethod());
        long wait = counted ? limit.take(request.getRemoteAddr()) : 0;
        if (wait == 0) {
            chain.doFilter(request, response);
            return;
        }
        LOG.info(() -> "Too many login requests from one client, answered 429: " + request.getRequestURI());
        Refusal.send(
                request,
                response,
                Refusal.Reason.TOO_MANY_REQUESTS,
                java.util.Map.of("Retry-After", Long.toString(wait)));
    }
}
