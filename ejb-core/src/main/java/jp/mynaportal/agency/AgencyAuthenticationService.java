package jp.mynaportal.agency;

/**
 * Authenticates an agency API request from its signature: a JWS (ES256 or RS256) whose key id is
 * the SHA-256 thumbprint of one of the agency's registered certificates, with the claims {@code
 * iss} (the agency code), {@code htm} (method), {@code htu} (target), {@code bsha} (SHA-256 of the
 * body), {@code iat}, {@code exp} (at most {@link AgencyRequestSigner#MAX_LIFETIME} after iat) and
 * {@code jti}, which the portal accepts once within the signature's lifetime. The body itself is
 * compared with {@code bsha} by the web layer before anything reads it.
 */
public interface AgencyAuthenticationService {

    /** Checks the signature; an accepted request's jti is used up. */
    AgencyVerdict authenticate(AgencyRequest request);
}
