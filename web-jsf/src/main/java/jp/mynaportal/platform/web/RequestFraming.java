package jp.mynaportal.platform.web;

import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Whether a request says unambiguously where it ends and for which host it is, as RFC 9112 asks
 * of a server: exactly one {@code Host} header (HTTP/1.0 may send none); a body only on a method
 * that has one here (a body on a GET, HEAD or DELETE is refused, as the HTTP layer refused it
 * before it let such requests through to be answered in the portal's own shape); no transfer
 * coding but {@code chunked}; never {@code Transfer-Encoding} together with {@code Content-Length},
 * the two framings a proxy in front of the portal and the portal could read differently.
 */
final class RequestFraming {

    private static final Set<String> WITHOUT_BODY = Set.of("GET", "HEAD", "DELETE");

    private RequestFraming() {}

    /**
     * @param method the request's method
     * @param hosts the values of its {@code Host} headers, one per header
     * @param transferEncodings the values of its {@code Transfer-Encoding} headers
     * @param contentLength its {@code Content-Length} header, or null
     */
    static boolean test(String method, List<String> hosts, List<String> transferEncodings, String contentLength) {
        if (hosts.size() > 1) {
            return false;
        }
        if (!transferEncodings.isEmpty() && (contentLength != null || !onlyChunked(transferEncodings))) {
            return false;
        }
        boolean body = !transferEncodings.isEmpty() || contentLength != null && !isZero(contentLength);
        return !(body && WITHOUT_BODY.contains(method));
    }

    private static boolean onlyChunked(List<String> transferEncodings) {
        if (transferEncodings.size() != 1) {
            return false;
        }
        return transferEncodings.get(0).strip().toLowerCase(Locale.ROOT).equals("chunked");
    }

    private static boolean isZero(String contentLength) {
        String digits = contentLength.strip();
        return !digits.isEmpty() && digits.chars().allMatch(c -> c == '0');
    }
}
