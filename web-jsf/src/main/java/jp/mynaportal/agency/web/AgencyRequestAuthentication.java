package jp.mynaportal.agency.web;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.authentication.mechanism.http.HttpMessageContext;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Set;
import java.util.logging.Level;
import java.util.logging.Logger;
import jp.mynaportal.access.PortalCaller;
import jp.mynaportal.access.Roles;
import jp.mynaportal.agency.AgencyAuthenticationService;
import jp.mynaportal.agency.AgencyRefusal;
import jp.mynaportal.agency.AgencyRequest;
import jp.mynaportal.agency.AgencyRequestSigner;
import jp.mynaportal.agency.AgencyVerdict;

/**
 * Authenticates a request under {@code /api/agency/} from its {@code Authorization: Agency <jws>}
 * header, for the portal's authentication mechanism: an accepted signature makes the caller the
 * agency (its code as the caller name, group {@code AGENCY}) for this request only, with no
 * session, and leaves the signed body digest for {@link AgencyBodyDigestFilter}; anything else is
 * answered 401 with the reason as JSON.
 */
@ApplicationScoped
public class AgencyRequestAuthentication {

    /** The path below the context root that only agencies use. */
    public static final String PATH = "/api/agency/";

    /** The request attribute that carries the signed body digest to the filter. */
    static final String SIGNED_BODY = AgencyRequestAuthentication.class.getName() + ".bodySha256";

    private static final Logger LOG = Logger.getLogger(AgencyRequestAuthentication.class.getName());

    @Inject
    private AgencyAuthenticationService authentication;

    /** Whether the request is one of the agency API. */
    public static boolean isAgencyRequest(HttpServletRequest request) {
        return target(request).startsWith(PATH);
    }

    public AuthenticationStatus validate(
            HttpServletRequest request, HttpServletResponse response, HttpMessageContext context) {
        String header = request.getHeader("Authorization");
        String prefix = AgencyRequestSigner.SCHEME + " ";
        String signature = header != null && header.regionMatches(true, 0, prefix, 0, prefix.length())
                ? header.substring(prefix.length()).trim()
                : null;
        AgencyVerdict verdict;
        try {
            verdict = authentication.authenticate(new AgencyRequest(request.getMethod(), target(request), signature));
        } catch (RuntimeException e) {
            // a request id used at the same moment on another node, or the database away
            LOG.log(Level.WARNING, "An agency request could not be authenticated", e);
            verdict = AgencyVerdict.refused(AgencyRefusal.REPLAYED);
        }
        if (!verdict.isAccepted()) {
            return refuse(response, verdict.refusal().name());
        }
        request.setAttribute(SIGNED_BODY, verdict.bodySha256());
        return context.notifyContainerAboutLogin(
                new PortalCaller(verdict.agencyCode(), Set.of(Roles.AGENCY), List.of()), Set.of(Roles.AGENCY));
    }

    private static AuthenticationStatus refuse(HttpServletResponse response, String reason) {
        try {
            AgencyApiAnswers.error(response, HttpServletResponse.SC_UNAUTHORIZED, reason);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return AuthenticationStatus.SEND_FAILURE;
    }

    /** The path below the context root, with the query string, as the agency signed it. */
    static String target(HttpServletRequest request) {
        String uri = request.getRequestURI();
        String path = uri.substring(Math.min(request.getContextPath().length(), uri.length()));
        return request.getQueryString() == null ? path : path + "?" + request.getQueryString();
    }
}
