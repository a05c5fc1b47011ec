package jp.mynaportal.demo.web;

import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jwt.JWTParser;
import com.nimbusds.oauth2.sdk.AuthorizationCode;
import com.nimbusds.oauth2.sdk.AuthorizationCodeGrant;
import com.nimbusds.oauth2.sdk.ResponseType;
import com.nimbusds.oauth2.sdk.Scope;
import com.nimbusds.oauth2.sdk.TokenRequest;
import com.nimbusds.oauth2.sdk.TokenResponse;
import com.nimbusds.oauth2.sdk.auth.ClientSecretBasic;
import com.nimbusds.oauth2.sdk.auth.Secret;
import com.nimbusds.oauth2.sdk.id.ClientID;
import com.nimbusds.oauth2.sdk.id.Issuer;
import com.nimbusds.oauth2.sdk.id.State;
import com.nimbusds.oauth2.sdk.pkce.CodeChallengeMethod;
import com.nimbusds.oauth2.sdk.pkce.CodeVerifier;
import com.nimbusds.openid.connect.sdk.AuthenticationRequest;
import com.nimbusds.openid.connect.sdk.Nonce;
import com.nimbusds.openid.connect.sdk.OIDCTokenResponse;
import com.nimbusds.openid.connect.sdk.OIDCTokenResponseParser;
import com.nimbusds.openid.connect.sdk.claims.IDTokenClaimsSet;
import com.nimbusds.openid.connect.sdk.op.OIDCProviderMetadata;
import com.nimbusds.openid.connect.sdk.validators.IDTokenValidator;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.MessageFormat;
import java.util.Locale;
import java.util.Map;
import java.util.ResourceBundle;
import java.util.concurrent.ConcurrentHashMap;
import java.util.logging.Level;
import java.util.logging.Logger;
import jp.mynaportal.connect.SiteRegistrations;
import jp.mynaportal.platform.ConfiguredPaths;
import jp.mynaportal.platform.PortalProfile;
import org.eclipse.microprofile.config.Config;
import org.eclipse.microprofile.config.ConfigProvider;

/**
 * A demo relying site, as an external site would use the portal (demo profile only): {@code
 * start} sends the browser to the portal's authorization endpoint (PKCE S256, state, nonce, kept
 * in the browser session); {@code callback} redeems the code at the token endpoint with the
 * site's client secret and validates the ID token against the portal's JWKS. A subject the site
 * does not know yet is asked to log in to the site's own account once ({@code link}), or to
 * register one there; a known subject is logged in at once. The site's accounts live in memory.
 */
@WebServlet(urlPatterns = "/demo-sites/*")
public class DemoSiteServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;
    private static final Logger LOG = Logger.getLogger(DemoSiteServlet.class.getName());
    private static final Map<String, String> ACCOUNTS = new ConcurrentHashMap<>();

    private record Flow(String state, CodeVerifier verifier, Nonce nonce) implements java.io.Serializable {}

    @Override
    protected void service(HttpServletRequest request, HttpServletResponse response) throws IOException {
        Config config = ConfigProvider.getConfig(DemoSiteServlet.class.getClassLoader());
        String path = request.getPathInfo() == null ? "" : request.getPathInfo();
        String[] parts = path.split("/");
        if (!PortalProfile.of(ConfiguredPaths.profile(config)).demo()
                || parts.length != 3
                || !parts[1].matches("demo-[a-z]+")) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        String site = parts[1];
        Path secretFile = SiteRegistrations.demoSecrets(config).resolve(site + ".secret");
        if (!Files.exists(secretFile)) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        String secret = Files.readString(secretFile, StandardCharsets.US_ASCII).trim();
        String base = request.getRequestURL().toString().replaceAll("/demo-sites/.*$", "");
        try {
            switch (parts[2]) {
                case "start" -> start(request, response, site, base);
                case "callback" -> callback(request, response, site, secret, base);
                case "link" -> link(request, response, site);
                default -> response.sendError(HttpServletResponse.SC_NOT_FOUND);
            }
        } catch (Exception e) {
            LOG.log(Level.WARNING, "Demo site " + site + " could not finish the login", e);
            page(response, site, text("demo.site.failed"));
        }
    }

    private static void start(HttpServletRequest request, HttpServletResponse response, String site, String base)
            throws Exception {
        OIDCProviderMetadata portal = OIDCProviderMetadata.resolve(new Issuer(base));
        Flow flow = new Flow(new State().getValue(), new CodeVerifier(), new Nonce());
        request.getSession().setAttribute("demo-site-flow:" + site, flow);
        URI authorize = new AuthenticationRequest.Builder(
                        ResponseType.CODE,
                        new Scope("openid", "profile", "address", "email"),
                        new ClientID(site),
                        URI.create(base + "/demo-sites/" + site + "/callback"))
                .endpointURI(portal.getAuthorizationEndpointURI())
                .state(new State(flow.state()))
                .nonce(flow.nonce())
                .codeChallenge(flow.verifier(), CodeChallengeMethod.S256)
                .build()
                .toURI();
        response.sendRedirect(authorize.toString());
    }

    private static void callback(
            HttpServletRequest request, HttpServletResponse response, String site, String secret, String base)
            throws Exception {
        HttpSession session = request.getSession();
        Flow flow = (Flow) session.getAttribute("demo-site-flow:" + site);
        session.removeAttribute("demo-site-flow:" + site);
        if (request.getParameter("error") != null
                || flow == null
                || !flow.state().equals(request.getParameter("state"))) {
            page(response, site, text("demo.site.declined"));
            return;
        }
        OIDCProviderMetadata portal = OIDCProviderMetadata.resolve(new Issuer(base));
        TokenResponse tokens = OIDCTokenResponseParser.parse(new TokenRequest(
                        portal.getTokenEndpointURI(),
                        new ClientSecretBasic(new ClientID(site), new Secret(secret)),
                        new AuthorizationCodeGrant(
                                new AuthorizationCode(request.getParameter("code")),
                                URI.create(base + "/demo-sites/" + site + "/callback"),
                                flow.verifier()))
                .toHTTPRequest()
                .send());
        if (!tokens.indicatesSuccess()) {
            page(response, site, text("demo.site.failed"));
            return;
        }
        IDTokenClaimsSet claims = new IDTokenValidator(
                        portal.getIssuer(),
                        new ClientID(site),
                        JWSAlgorithm.RS256,
                        portal.getJWKSetURI().toURL())
                .validate(
                        JWTParser.parse(((OIDCTokenResponse) tokens.toSuccessResponse())
                                .getOIDCTokens()
                                .getIDTokenString()),
                        flow.nonce());
        String key = site + ":" + claims.getSubject().getValue();
        String account = ACCOUNTS.get(key);
        if (account != null) {
            page(response, site, MessageFormat.format(text("demo.site.loggedIn"), escape(account)));
            return;
        }
        session.setAttribute("demo-site-subject:" + site, key);
        String name = claims.getStringClaim("name");
        page(
                response,
                site,
                "<p>" + MessageFormat.format(text("demo.site.firstTime"), escape(name == null ? "" : name))
                        + "</p><form method=\"post\" action=\"link\"><p><label for=\"account\">"
                        + text("demo.site.account")
                        + "</label> <input id=\"account\" name=\"account\" required=\"required\" maxlength=\"40\"/></p>"
                        + "<p><button type=\"submit\" name=\"kind\" value=\"login\">" + text("demo.site.login")
                        + "</button> "
                        + "<button type=\"submit\" name=\"kind\" value=\"register\">" + text("demo.site.register")
                        + "</button></p></form>");
    }

    private static void link(HttpServletRequest request, HttpServletResponse response, String site) throws IOException {
        String key = (String) request.getSession().getAttribute("demo-site-subject:" + site);
        String account = request.getParameter("account");
        if (!"POST".equals(request.getMethod())
                || key == null
                || account == null
                || account.isBlank()
                || account.length() > 40) {
            page(response, site, text("demo.site.declined"));
            return;
        }
        request.getSession().removeAttribute("demo-site-subject:" + site);
        ACCOUNTS.put(key, account.trim());
        page(
                response,
                site,
                text("demo.site.connected") + MessageFormat.format(text("demo.site.loggedIn"), escape(account.trim())));
    }

    private static String text(String key) {
        return ResourceBundle.getBundle("jp.mynaportal.platform.web.messages", Locale.JAPANESE)
                .getString(key);
    }

    private static String escape(String text) {
        return text.replace("&", "&amp;")
                .replace("<", "&lt;")
                .replace(">", "&gt;")
                .replace("\"", "&quot;");
    }

    private static void page(HttpServletResponse response, String site, String body) throws IOException {
        response.setContentType("text/html");
        response.setCharacterEncoding(StandardCharsets.UTF_8.name());
        response.setHeader("Cache-Control", "no-store");
        response.getWriter()
                .write("<!DOCTYPE html><html lang=\"ja\"><head><meta charset=\"UTF-8\"><title>"
                        + text("demo.site.title")
                        + " " + site + "</title></head><body><main><h1>" + text("demo.site.title") + " (" + site
                        + ")</h1>" + body + "<p><a href=\"../../connect/sites.xhtml\">" + text("demo.site.back")
                        + "</a></p></main></body></html>");
    }
}
