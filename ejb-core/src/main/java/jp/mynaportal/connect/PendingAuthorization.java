package jp.mynaportal.connect;

import java.io.Serializable;
import java.util.List;
import java.util.Objects;

/**
 * An authentication request a site made and the portal accepted, waiting for the resident's login
 * and consent (kept in the resident's session meanwhile).
 *
 * @param clientId the site
 * @param redirectUri the registered redirect URI the request named (exact match)
 * @param state the site's state, returned as it came, or null
 * @param nonce the site's nonce, put in the ID token
 * @param codeChallenge the PKCE S256 challenge
 * @param claims what the site asked for and was registered for
 */
public record PendingAuthorization(
        String clientId, String redirectUri, String state, String nonce, String codeChallenge, List<SiteClaim> claims)
        implements Serializable {

    public PendingAuthorization {
        Objects.requireNonNull(clientId, "clientId");
        Objects.requireNonNull(redirectUri, "redirectUri");
        Objects.requireNonNull(nonce, "nonce");
        Objects.requireNonNull(codeChallenge, "codeChallenge");
        claims = List.copyOf(claims);
    }
}
