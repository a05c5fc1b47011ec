package jp.mynaportal.platform.web;

import java.util.Locale;
import java.util.function.UnaryOperator;
import jp.mynaportal.platform.PortalProfile;

/**
 * Whether a request may be served over the connection it came on, from MicroProfile Config:
 * <ul>
 * <li>{@code mynaportal.https.required}: serve only HTTPS (default {@code true}, {@code false} in the
 * demo profile);</li>
 * <li>{@code mynaportal.https.proxy-header}: the header through which a TLS-terminating proxy says
 * the scheme the client used, e.g. {@code X-Forwarded-Proto} (default none: the portal terminates
 * TLS itself). When it is set, a request whose header does not say {@code https} is refused, never
 * redirected, since the proxy in front decides the scheme;</li>
 * <li>{@code mynaportal.https.port}: the HTTPS port plain-HTTP visitors are redirected to (default 443);</li>
 * <li>{@code mynaportal.https.hsts-seconds}: the {@code Strict-Transport-Security} max-age (default one year).</li>
 * </ul>
 */
public record HttpsPolicy(boolean required, String proxyHeader, int httpsPort, long hstsSeconds) {

    /** What to do with a request. */
    public enum Verdict {
        /** Serve it over HTTPS, with HSTS. */
        SERVE_SECURE,
        /** Serve it as it came (HTTPS not required, and it came over plain HTTP). */
        SERVE,
        /** Answer with a redirect to the same address over HTTPS. */
        REDIRECT,
        /** Refuse it: plain HTTP where only HTTPS is served. */
        REFUSE
    }

    public static HttpsPolicy from(UnaryOperator<String> lookup) {
        boolean demo = PortalProfile.from(lookup).demo();
        String required = lookup.apply("mynaportal.https.required");
        String header = lookup.apply("mynaportal.https.proxy-header");
        String port = lookup.apply("mynaportal.https.port");
        String hsts = lookup.apply("mynaportal.https.hsts-seconds");
        return new HttpsPolicy(
                required == null || required.isBlank() ? !demo : Boolean.parseBoolean(required.trim()),
                header == null || header.isBlank() ? null : header.trim(),
                port == null || port.isBlank() ? 443 : Integer.parseInt(port.trim()),
                hsts == null || hsts.isBlank() ? 31_536_000L : Long.parseLong(hsts.trim()));
    }

    /**
     * The verdict for a request.
     *
     * @param secure whether the connection to the portal itself is TLS
     * @param proxyScheme the value of the proxy header, or null when absent (ignored without a proxy header)
     * @param method the HTTP method
     */
    public Verdict judge(boolean secure, String proxyScheme, String method) {
        if (secure || (proxyHeader != null && saysHttps(proxyScheme))) {
            return Verdict.SERVE_SECURE;
        }
        if (!required) {
            return Verdict.SERVE;
        }
        if (proxyHeader == null && ("GET".equals(method) || "HEAD".equals(method))) {
            return Verdict.REDIRECT;
        }
        return Verdict.REFUSE;
    }

    /** The HTTPS address of a request that came over plain HTTP. */
    public String secureLocation(String host, String path, String query) {
        String bracketed = host.contains(":") && !host.startsWith("[") ? "[" + host + "]" : host;
        return "https://" + bracketed + (httpsPort == 443 ? "" : ":" + httpsPort) + path
                + (query == null ? "" : "?" + query);
    }

    /** The {@code Strict-Transport-Security} value. */
    public String hsts() {
        return "max-age=" + hstsSeconds;
    }

    /** The first value of a possibly comma-separated proxy header (the client's hop). */
    private static boolean saysHttps(String value) {
        if (value == null) {
            return false;
        }
        String first = value.split(",", 2)[0].trim().toLowerCase(Locale.ROOT);
        return first.equals("https");
    }
}
