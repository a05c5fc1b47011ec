package jp.mynaportal.card.tool;

import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;

/**
 * What the portal's スマートフォンでログイン QR code holds:
 * {@code <portal>/api/auth/phone/<request>/confirm?challenge=…&origin=…} — where to confirm, the
 * challenge to sign and the origin to sign it for.
 *
 * @param confirmAt the address to post the token to (without the query)
 * @param challenge the login challenge
 * @param origin the portal's origin
 */
record PhoneLoginQr(URI confirmAt, String challenge, String origin) {

    /** Reads the contents of a QR code; refuses anything else than a portal's phone-login address. */
    static PhoneLoginQr parse(String contents) {
        URI uri;
        try {
            uri = URI.create(contents.trim());
        } catch (IllegalArgumentException e) {
            throw new Arguments.UsageException("The QR code does not hold an address: " + e.getMessage());
        }
        if (!("https".equals(uri.getScheme()) || "http".equals(uri.getScheme()))
                || uri.getRawPath() == null
                || !uri.getRawPath().matches(".*/api/auth/phone/[A-Za-z0-9_-]+/confirm")) {
            throw new Arguments.UsageException("The QR code is not a Mynaportal login code");
        }
        Map<String, String> query = new HashMap<>();
        for (String pair :
                uri.getRawQuery() == null ? new String[0] : uri.getRawQuery().split("&")) {
            String[] nameValue = pair.split("=", 2);
            if (nameValue.length == 2) {
                query.put(
                        URLDecoder.decode(nameValue[0], StandardCharsets.UTF_8),
                        URLDecoder.decode(nameValue[1], StandardCharsets.UTF_8));
            }
        }
        String challenge = query.get("challenge");
        String origin = query.get("origin");
        if (challenge == null || challenge.isEmpty() || origin == null || origin.isEmpty()) {
            throw new Arguments.UsageException("The QR code lacks the challenge or the origin");
        }
        URI confirmAt = URI.create(uri.getScheme() + "://" + uri.getRawAuthority() + uri.getRawPath());
        return new PhoneLoginQr(confirmAt, challenge, origin);
    }
}
