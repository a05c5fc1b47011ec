package jp.mynaportal.auth.web;

import jakarta.servlet.http.HttpServletRequest;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import jp.mynaportal.auth.PhoneLoginCode;

/**
 * What the QR code of スマートフォンでログイン holds: the address the phone confirms the request at
 * ({@code …/api/auth/phone/{id}/confirm}, on the host the browser reached), with the challenge to
 * sign and the origin to sign it for (the portal's configured {@code mynaportal.auth.origin}, which
 * the token login checks).
 */
final class PhoneLoginLink {

    private PhoneLoginLink() {}

    static String of(HttpServletRequest request, PhoneLoginCode code) {
        String base = request.getScheme() + "://" + request.getServerName()
                + (defaultPort(request) ? "" : ":" + request.getServerPort())
                + request.getContextPath();
        return base + "/api/auth/phone/" + code.requestId() + "/confirm?challenge="
                + URLEncoder.encode(code.challenge(), StandardCharsets.UTF_8) + "&origin="
                + URLEncoder.encode(code.origin(), StandardCharsets.UTF_8);
    }

    private static boolean defaultPort(HttpServletRequest request) {
        int port = request.getServerPort();
        return ("http".equals(request.getScheme()) && port == 80)
                || ("https".equals(request.getScheme()) && port == 443);
    }
}
