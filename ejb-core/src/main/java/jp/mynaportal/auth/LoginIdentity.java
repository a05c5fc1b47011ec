package jp.mynaportal.auth;

import java.io.Serializable;
import java.util.List;
import java.util.Set;
import jp.mynaportal.access.ProxyScope;

/**
 * Who a redeemed login ticket names, for the authentication mechanism to hand to the container.
 *
 * @param residentId the resident the card's certificate belongs to
 * @param nickname the registered nickname, or null before 利用者登録
 * @param groups the caller's groups ({@link jp.mynaportal.access.Roles})
 * @param staffMunicipalities the municipalities (local-government codes) whose counter staff this person is
 * @param actingFor the resident a 代理人 chose to act for (then the only group is PROXY), or null
 * @param actingForName that resident's name, for the banner 「○○さんの代理人として利用中」, or null
 * @param actingScopes the services the 代理人 was granted when they began (what the pages offer;
 *     every call is still decided by the access policy)
 * @param certificate the login certificate (base64 DER) the session was opened with, for {@link
 *     AuthenticationService#certificateRevoked}; null when the login named none (a renewed ticket)
 * @param sessionToken the random token of the session this redeemed ticket opens, which only the
 *     session holds: how it names itself when it ends ({@link AuthenticationService#sessionExpired},
 *     {@link AuthenticationService#certificateRevoked}); null in an identity not from {@link
 *     AuthenticationService#redeem}
 */
public record LoginIdentity(
        String residentId,
        String nickname,
        Set<String> groups,
        List<String> staffMunicipalities,
        String actingFor,
        String actingForName,
        Set<ProxyScope> actingScopes,
        String certificate,
        String sessionToken)
        implements Serializable {

    public LoginIdentity {
        groups = Set.copyOf(groups);
        staffMunicipalities = List.copyOf(staffMunicipalities);
        actingScopes = actingScopes == null ? Set.of() : Set.copyOf(actingScopes);
    }

    /** The identity of a caller acting for themselves, naming no login certificate. */
    public LoginIdentity(String residentId, String nickname, Set<String> groups, List<String> staffMunicipalities) {
        this(residentId, nickname, groups, staffMunicipalities, null);
    }

    /** The identity of a caller acting for themselves, logged in with a certificate (or null). */
    public LoginIdentity(
            String residentId,
            String nickname,
            Set<String> groups,
            List<String> staffMunicipalities,
            String certificate) {
        this(residentId, nickname, groups, staffMunicipalities, null, null, Set.of(), certificate, null);
    }

    /** The same identity, for the session that the token names. */
    public LoginIdentity inSession(String token) {
        return new LoginIdentity(
                residentId,
                nickname,
                groups,
                staffMunicipalities,
                actingFor,
                actingForName,
                actingScopes,
                certificate,
                token);
    }

    /** Whether 利用者登録 is done; until then only the registration screen is open. */
    public boolean registered() {
        return nickname != null;
    }
}
