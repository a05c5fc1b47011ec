package jp.mynaportal.connect;

import java.util.List;
import java.util.Map;

/**
 * もっとつながる for the resident: the sites that can be connected, the check of a site's
 * authentication request, the consent (つなぐ), and つなぐのをやめる. Only the resident
 * themselves connects and disconnects sites (a 代理人 never does: the access policy).
 */
public interface ConnectService {

    /**
     * Every registered site with whether the caller connected it (and allowed its お知らせ, which
     * {@link NoticeSharingService} changes).
     */
    List<SiteView> sites();

    /**
     * Checks a site's authentication request (the query parameters of the authorization endpoint):
     * the client and its exact redirect URI first, then the OpenID Connect parameters (code flow,
     * scope openid, nonce, PKCE with S256).
     */
    AuthorizationCheck check(Map<String, List<String>> parameters);

    /** What the caller is asked to consent to for a pending request. */
    ConsentPrompt prompt(PendingAuthorization pending);

    /**
     * The caller consents (or had consented): keeps the consent, issues a single-use code and
     * answers where to send the browser (the site's redirect URI with code and state).
     *
     * @param notices whether the site may deliver お知らせ to the caller
     * @param terminal the client address, for 利用履歴
     */
    String approve(PendingAuthorization pending, boolean notices, String terminal);

    /** The caller declines: where to send the browser (the site's redirect URI with access_denied). */
    String decline(PendingAuthorization pending);

    /** つなぐのをやめる: revokes the caller's consent to the site and every token issued under it. */
    void disconnect(String clientId, String terminal);
}
