package jp.mynaportal.auth;

import java.io.Serializable;
import java.time.Instant;

/**
 * A スマートフォンでログイン request as the browser shows it (as a QR code).
 *
 * @param requestId the request's random id (URL-safe)
 * @param challenge the challenge the phone's token must sign
 * @param origin the origin the phone's token must be made for (the portal's)
 * @param expiresAt until when the phone may confirm it
 */
public record PhoneLoginCode(String requestId, String challenge, String origin, Instant expiresAt)
        implements Serializable {}
