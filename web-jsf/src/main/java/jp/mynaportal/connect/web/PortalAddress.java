package jp.mynaportal.connect.web;

import jakarta.servlet.http.HttpServletRequest;

/** The portal's address as the caller reached it: scheme, host, port and context path. */
final class PortalAddress {

    private PortalAddress() {}

    static String of(HttpServletRequest request) {
        StringBuilder base =
                new StringBuilder().append(request.getScheme()).append("://").append(request.getServerName());
        int port = request.getServerPort();
        boolean defaultPort = ("http".equals(request.getScheme()) && port == 80)
                || ("https".equals(request.getScheme()) && port == 443);
        if (!defaultPort) {
            base.append(':').append(port);
        }
        return base.append(request.getContextPath()).toString();
    }
}
