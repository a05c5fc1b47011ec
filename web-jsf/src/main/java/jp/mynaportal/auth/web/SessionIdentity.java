package jp.mynaportal.auth.web;

import java.io.Serializable;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import jp.mynaportal.access.PortalCaller;
import jp.mynaportal.access.ProxyScope;
import jp.mynaportal.access.Roles;
import jp.mynaportal.auth.LoginIdentity;

/**
 * The authentication an HTTP session keeps after a login ticket was redeemed: the mechanism gives
 * it to the container on every request of the session until the session ends.
 *
 * @param loggedInAt when the login succeeded, for the absolute session timeout
 * @param actingFor the resident a 代理人 acts for, or null
 * @param actingForName that resident's name for the banner, or null
 * @param actingScopes the services granted to the 代理人 when they began, for what pages offer
 * @param certificate the login certificate (base64 DER), checked against its CRL on every request; or null
 * @param sessionToken the token by which the login service knows this session (its end is recorded
 *     for the resident whose login opened it)
 */
record SessionIdentity(
        String residentId,
        String nickname,
        Set<String> groups,
        List<String> staffMunicipalities,
        Instant loggedInAt,
        String actingFor,
        String actingForName,
        Set<ProxyScope> actingScopes,
        String certificate,
        String sessionToken)
        implements Serializable {

    /** The session attribute that holds it. */
    static final String ATTRIBUTE = SessionIdentity.class.getName();

    SessionIdentity {
        groups = Set.copyOf(groups);
        staffMunicipalities = List.copyOf(staffMunicipalities);
        actingScopes = actingScopes == null ? Set.of() : Set.copyOf(actingScopes);
    }

    static SessionIdentity of(LoginIdentity identity, Instant loggedInAt, String certificate, String sessionToken) {
        return new SessionIdentity(
                identity.residentId(),
                identity.nickname(),
                identity.groups(),
                identity.staffMunicipalities(),
                loggedInAt,
                identity.actingFor(),
                identity.actingForName(),
                identity.actingScopes(),
                certificate,
                sessionToken);
    }

    PortalCaller caller() {
        return new PortalCaller(residentId, groups, staffMunicipalities, actingFor);
    }

    /** A 代理人 acting for a resident. */
    boolean actingAsProxy() {
        return actingFor != null;
    }

    /** Logged in, 利用者登録 not done: only the registration is open. */
    boolean registrant() {
        return groups.contains(Roles.REGISTRANT) && !groups.contains(Roles.RESIDENT);
    }
}
