package jp.mynaportal.auth.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.SecurityContext;
import jakarta.security.enterprise.authentication.mechanism.http.AuthenticationParameters;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.util.HashMap;
import java.util.Map;
import java.util.logging.Logger;
import jp.mynaportal.access.Roles;
import jp.mynaportal.auth.AuthenticationService;

/**
 * The caller of this request as the container authenticated it, for the views: whether someone is
 * logged in, their nickname and role; and the two session transitions, login (a login ticket handed
 * to the authentication mechanism) and logout.
 */
@Named
@RequestScoped
public class UserSession {

    private static final Logger LOG = Logger.getLogger(UserSession.class.getName());

    @Inject
    private SecurityContext security;

    @Inject
    private AuthenticationService authentication;

    @Inject
    private HttpServletRequest request;

    /**
     * The caller's roles as the container answered them in this request, asked once each: a page
     * asks several times (header, tiles, banner), and each answer of the container is a policy
     * check. {@link #begin} and {@link #end} forget them, as they change the caller.
     */
    private final Map<String, Boolean> roles = new HashMap<>(4);

    /**
     * Authenticates the request with a login ticket: the mechanism redeems it, renews the session id
     * and keeps the authentication in the session.
     *
     * @return whether the container now knows the caller
     */
    public boolean begin(String ticket, HttpServletRequest servletRequest, HttpServletResponse servletResponse) {
        AuthenticationStatus status = security.authenticate(
                servletRequest,
                servletResponse,
                AuthenticationParameters.withParams()
                        .credential(new LoginTicketCredential(ticket))
                        .newAuthentication(true));
        roles.clear();
        return status == AuthenticationStatus.SUCCESS;
    }

    /** Authenticates the current page request with a login ticket (see {@link #begin}). */
    public boolean begin(String ticket) {
        ExternalContext external = FacesContext.getCurrentInstance().getExternalContext();
        return begin(ticket, (HttpServletRequest) external.getRequest(), (HttpServletResponse) external.getResponse());
    }

    /**
     * Authenticates the current page request again with the caller's data as it is now (after
     * 利用者登録: a resident), keeping the session's login time.
     */
    public boolean renew() {
        return begin(authentication.renewTicket());
    }

    /** As {@link #renew()}, for a REST request. */
    public boolean renew(HttpServletRequest servletRequest, HttpServletResponse servletResponse) {
        return begin(authentication.renewTicket(), servletRequest, servletResponse);
    }

    /**
     * 代理人として利用する: authenticates the current page request again as the caller acting for
     * the resident of their registration, when it is live (the session keeps its login time).
     *
     * @throws jp.mynaportal.access.AccessDeniedException when none does
     */
    public boolean actFor(long registrationId) {
        return begin(authentication.proxyTicket(registrationId, request.getRemoteAddr()));
    }

    /** Back from acting as a 代理人 to the caller's own portal. */
    public String backToOwnPortal() {
        renew();
        return "/index.xhtml?faces-redirect=true";
    }

    /** Whether the caller acts as someone's 代理人 in this session. */
    public boolean isActingAsProxy() {
        SessionIdentity identity = identity();
        return identity != null && identity.actingAsProxy() && inRole(Roles.PROXY);
    }

    /** The name of the resident the 代理人 acts for, for the banner. */
    public String getActingForName() {
        return isActingAsProxy() ? identity().actingForName() : null;
    }

    /**
     * Whether the caller may use the service (a {@code ProxyScope} name) on the data this session
     * shows: a registered resident their own; a 代理人 what they were granted (for what pages offer;
     * the services decide every call).
     */
    public boolean mayUse(String scope) {
        if (isActingAsProxy()) {
            return identity().actingScopes().stream().anyMatch(s -> s.name().equals(scope));
        }
        return isRegistered();
    }

    private SessionIdentity identity() {
        HttpSession session = request.getSession(false);
        return session != null && session.getAttribute(SessionIdentity.ATTRIBUTE) instanceof SessionIdentity identity
                ? identity
                : null;
    }

    /** ログアウト: records it, ends the authentication and the session. */
    public String logout() {
        end();
        return "/index.xhtml?faces-redirect=true";
    }

    /**
     * Ends the caller's session, for pages and REST alike: records the logout, ends the
     * authentication and invalidates the session, so that its cookie authenticates nothing any more.
     * A request without a session changes nothing.
     */
    public void end() {
        if (isLoggedIn()) {
            authentication.logout(request.getRemoteAddr());
        }
        try {
            request.logout();
        } catch (ServletException e) {
            LOG.warning(() -> "Logout of the container failed: " + e.getMessage());
        }
        roles.clear();
        HttpSession session = request.getSession(false);
        if (session != null) {
            session.invalidate();
        }
    }

    public boolean isLoggedIn() {
        return security.getCallerPrincipal() != null;
    }

    public boolean isStaff() {
        return inRole(Roles.STAFF);
    }

    /** Whether 利用者登録 is done. */
    public boolean isRegistered() {
        return inRole(Roles.RESIDENT);
    }

    private boolean inRole(String role) {
        return roles.computeIfAbsent(role, security::isCallerInRole);
    }

    public String getNickname() {
        HttpSession session = request.getSession(false);
        return session != null && session.getAttribute(SessionIdentity.ATTRIBUTE) instanceof SessionIdentity identity
                ? identity.nickname()
                : null;
    }
}
