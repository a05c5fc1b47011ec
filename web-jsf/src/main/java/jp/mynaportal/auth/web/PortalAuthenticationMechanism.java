package jp.mynaportal.auth.web;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.authentication.mechanism.http.HttpAuthenticationMechanism;
import jakarta.security.enterprise.authentication.mechanism.http.HttpMessageContext;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Optional;
import java.util.logging.Logger;
import jp.mynaportal.agency.web.AgencyRequestAuthentication;
import jp.mynaportal.auth.AuthenticationService;
import jp.mynaportal.auth.LoginIdentity;

/**
 * The portal's one authentication mechanism, for pages and REST alike. A login (card reader or
 * token) ends in {@code SecurityContext.authenticate} with the login service's single-use ticket;
 * this mechanism redeems it with the login service, renews the session id and keeps the identity in
 * the session. Every later request of the session is authenticated from there, until logout or the
 * absolute timeout, which ends the session before any authorization (a page then goes to the login
 * page that says so, REST answers 401), and when the certificate the session logged in with is
 * revoked (checked on every request, so a revoked card's sessions end at their next request). A card holder before 利用者登録 is led to the registration page; an anonymous
 * visitor of a protected page goes to the login page and comes back afterwards (REST answers 401).
 * Requests of the agency API ({@code /api/agency/}) never use a session: each is authenticated from
 * its own signature by {@link AgencyRequestAuthentication}.
 */
@ApplicationScoped
public class PortalAuthenticationMechanism implements HttpAuthenticationMechanism {

    static final String LOGIN = "/auth/login.xhtml";
    static final String REGISTER = "/account/register.xhtml";

    private static final Logger LOG = Logger.getLogger(PortalAuthenticationMechanism.class.getName());

    @Inject
    private AuthenticationService authentication;

    @Inject
    private AgencyRequestAuthentication agencyRequests;

    @Override
    public AuthenticationStatus validateRequest(
            HttpServletRequest request, HttpServletResponse response, HttpMessageContext context) {
        if (AgencyRequestAuthentication.isAgencyRequest(request)) {
            return agencyRequests.validate(request, response, context);
        }
        if (context.getAuthParameters().getCredential() instanceof LoginTicketCredential ticket) {
            return redeem(ticket, request, context);
        }
        HttpSession session = request.getSession(false);
        SessionIdentity identity =
                session == null ? null : (SessionIdentity) session.getAttribute(SessionIdentity.ATTRIBUTE);
        if (identity != null) {
            if (!Instant.now().isBefore(identity.loggedInAt().plus(SessionTimeouts.absolute()))) {
                return expired(identity, request, context);
            }
            if (identity.certificate() != null
                    && authentication.certificateRevoked(
                            identity.sessionToken(), identity.certificate(), request.getRemoteAddr())) {
                return revoked(request, context);
            }
            if (identity.registrant() && page(request) && !openToRegistrants(request)) {
                return context.redirect(request.getContextPath() + REGISTER);
            }
            return context.notifyContainerAboutLogin(identity.caller(), identity.groups());
        }
        if (!context.isProtected()) {
            return context.doNothing();
        }
        if (page(request)) {
            return context.redirect(request.getContextPath() + LOGIN + "?next=" + back(request));
        }
        return context.responseUnauthorized();
    }

    /** The page asked for, as the login page's {@code next}: the login returns there. */
    private static String back(HttpServletRequest request) {
        String back =
                request.getServletPath() + (request.getQueryString() == null ? "" : "?" + request.getQueryString());
        return URLEncoder.encode(back, StandardCharsets.UTF_8);
    }

    private AuthenticationStatus expired(
            SessionIdentity identity, HttpServletRequest request, HttpMessageContext context) {
        authentication.sessionExpired(identity.sessionToken(), request.getRemoteAddr());
        request.getSession().invalidate();
        return page(request)
                ? context.redirect(request.getContextPath() + LOGIN + "?expired=true&next=" + back(request))
                : context.responseUnauthorized();
    }

    /** The session's login certificate was revoked: the session ends, as at its absolute timeout. */
    private AuthenticationStatus revoked(HttpServletRequest request, HttpMessageContext context) {
        request.getSession().invalidate();
        return page(request)
                ? context.redirect(request.getContextPath() + LOGIN + "?revoked=true")
                : context.responseUnauthorized();
    }

    private AuthenticationStatus redeem(
            LoginTicketCredential ticket, HttpServletRequest request, HttpMessageContext context) {
        Optional<LoginIdentity> redeemed = authentication.redeem(ticket.ticket());
        if (redeemed.isEmpty()) {
            // the login page or the token endpoint answers the user; nothing is written here
            LOG.warning("A login ticket was refused");
            return AuthenticationStatus.SEND_FAILURE;
        }
        LoginIdentity identity = redeemed.get();
        HttpSession session = request.getSession(true);
        Object earlier = session.getAttribute(SessionIdentity.ATTRIBUTE);
        boolean renewal =
                earlier instanceof SessionIdentity same && same.residentId().equals(identity.residentId());
        Instant loggedInAt = renewal ? ((SessionIdentity) earlier).loggedInAt() : Instant.now();
        // a renewed ticket names no certificate: the session keeps the one it logged in with, and
        // stays the session the login service knows
        String certificate = identity.certificate() == null && renewal
                ? ((SessionIdentity) earlier).certificate()
                : identity.certificate();
        String sessionToken = renewal ? ((SessionIdentity) earlier).sessionToken() : identity.sessionToken();
        request.changeSessionId();
        session = request.getSession();
        session.setMaxInactiveInterval((int) SessionTimeouts.inactivity().toSeconds());
        SessionIdentity kept = SessionIdentity.of(identity, loggedInAt, certificate, sessionToken);
        session.setAttribute(SessionIdentity.ATTRIBUTE, kept);
        return context.notifyContainerAboutLogin(kept.caller(), kept.groups());
    }

    /**
     * A page rather than a REST call or a download. A page's own Ajax request is not one: it is
     * answered 401, so that the page can say that the session ended and keep what was typed
     * (a redirect would hand the login page to a script that expects a partial response).
     */
    private static boolean page(HttpServletRequest request) {
        String path = request.getServletPath();
        return (path.endsWith(".xhtml") || path.equals("/") || path.isEmpty())
                && !"partial/ajax".equals(request.getHeader("Faces-Request"));
    }

    private static boolean openToRegistrants(HttpServletRequest request) {
        String path = request.getServletPath();
        return path.equals(REGISTER) || path.startsWith("/about/") || path.startsWith("/jakarta.faces.resource/");
    }
}
