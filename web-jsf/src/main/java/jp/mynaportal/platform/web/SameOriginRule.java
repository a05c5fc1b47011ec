package jp.mynaportal.platform.web;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;
import java.util.Set;

/**
 * Whether a state-changing request comes from the portal's own pages (OWASP's "verifying origin
 * with standard headers", with Fetch Metadata): safe methods always pass; otherwise a browser's
 * {@code Sec-Fetch-Site} must say {@code same-origin} (or {@code none}: typed by the user), a
 * present {@code Origin} must be the portal's own, and without Origin a present {@code Referer}
 * must be. A sibling origin (same site, other host) is refused like any other. A request with none
 * of these headers does not come from a browser, which is what a cross-site request needs, and
 * passes (REST clients, the card client, agencies signing their requests).
 *
 * <p>The portal's own origin is the scheme-less authority the request was sent to ({@code Host})
 * and the configured origins ({@code mynaportal.auth.origin}).
 */
public final class SameOriginRule {

    private static final Set<String> SAFE = Set.of("GET", "HEAD", "OPTIONS", "TRACE");

    private final Set<String> configuredOrigins;

    /** @param configuredOrigins origins such as {@code https://portal.example.jp} (lower case, no path) */
    public SameOriginRule(Set<String> configuredOrigins) {
        this.configuredOrigins = Set.copyOf(configuredOrigins);
    }

    /**
     * Whether the request may go on.
     *
     * @param host the {@code Host} header (with its port, if any)
     * @param secure whether the client reached the portal over HTTPS (directly or through the proxy)
     */
    public boolean allows(String method, String host, boolean secure, String fetchSite, String origin, String referer) {
        if (SAFE.contains(method.toUpperCase(Locale.ROOT))) {
            return true;
        }
        if (fetchSite != null) {
            String site = fetchSite.strip().toLowerCase(Locale.ROOT);
            if (!site.equals("same-origin") && !site.equals("none")) {
                return false;
            }
        }
        if (origin != null) {
            return own(origin, host, secure);
        }
        if (referer != null) {
            return own(referer, host, secure);
        }
        return true;
    }

    private boolean own(String address, String host, boolean secure) {
        String origin = origin(address);
        if (origin == null) {
            return false;
        }
        if (configuredOrigins.contains(origin)) {
            return true;
        }
        return host != null && origin.equals((secure ? "https://" : "http://") + authority(host, secure));
    }

    /** {@code scheme://host[:port]} of an address, lower case, without a default port; null if it has none. */
    static String origin(String address) {
        try {
            URI uri = new URI(address.strip());
            String scheme = uri.getScheme();
            String host = uri.getHost();
            if (scheme == null || host == null) {
                return null;
            }
            scheme = scheme.toLowerCase(Locale.ROOT);
            if (!scheme.equals("http") && !scheme.equals("https")) {
                return null;
            }
            int port = uri.getPort();
            boolean defaultPort =
                    port < 0 || (scheme.equals("http") && port == 80) || (scheme.equals("https") && port == 443);
            return scheme + "://" + host.toLowerCase(Locale.ROOT) + (defaultPort ? "" : ":" + port);
        } catch (URISyntaxException e) {
            return null;
        }
    }

    private static String authority(String host, boolean secure) {
        String value = host.strip().toLowerCase(Locale.ROOT);
        String defaultPort = secure ? ":443" : ":80";
        return value.endsWith(defaultPort) ? value.substring(0, value.length() - defaultPort.length()) : value;
    }
}
