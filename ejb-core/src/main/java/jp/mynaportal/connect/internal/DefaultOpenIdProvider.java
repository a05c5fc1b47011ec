package jp.mynaportal.connect.internal;

import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jwt.SignedJWT;
import com.nimbusds.oauth2.sdk.AuthorizationCodeGrant;
import com.nimbusds.oauth2.sdk.ErrorObject;
import com.nimbusds.oauth2.sdk.GrantType;
import com.nimbusds.oauth2.sdk.OAuth2Error;
import com.nimbusds.oauth2.sdk.ParseException;
import com.nimbusds.oauth2.sdk.ResponseType;
import com.nimbusds.oauth2.sdk.Scope;
import com.nimbusds.oauth2.sdk.TokenErrorResponse;
import com.nimbusds.oauth2.sdk.TokenRequest;
import com.nimbusds.oauth2.sdk.auth.ClientAuthentication;
import com.nimbusds.oauth2.sdk.auth.ClientAuthenticationMethod;
import com.nimbusds.oauth2.sdk.http.HTTPRequest;
import com.nimbusds.oauth2.sdk.http.HTTPResponse;
import com.nimbusds.oauth2.sdk.id.Issuer;
import com.nimbusds.oauth2.sdk.pkce.CodeChallenge;
import com.nimbusds.oauth2.sdk.pkce.CodeChallengeMethod;
import com.nimbusds.oauth2.sdk.pkce.CodeVerifier;
import com.nimbusds.oauth2.sdk.token.BearerAccessToken;
import com.nimbusds.oauth2.sdk.token.BearerTokenError;
import com.nimbusds.openid.connect.sdk.OIDCTokenResponse;
import com.nimbusds.openid.connect.sdk.SubjectType;
import com.nimbusds.openid.connect.sdk.UserInfoErrorResponse;
import com.nimbusds.openid.connect.sdk.claims.UserInfo;
import com.nimbusds.openid.connect.sdk.op.OIDCProviderMetadata;
import com.nimbusds.openid.connect.sdk.token.OIDCTokens;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.net.MalformedURLException;
import java.net.URI;
import java.net.URL;
import java.time.Clock;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.logging.Logger;
import jp.mynaportal.connect.EndpointAnswer;
import jp.mynaportal.connect.EndpointCall;
import jp.mynaportal.connect.OpenIdProvider;
import jp.mynaportal.connect.model.AccessToken;
import jp.mynaportal.connect.model.AuthorizationCode;
import jp.mynaportal.connect.model.SiteConsent;
import jp.mynaportal.connect.repository.ConnectRepository;

/**
 * The sites' side of the OpenID Provider, on Nimbus: the token endpoint checks the site's own
 * authentication, then the code (known, this site's, not redeemed before — a replay revokes what
 * the first redemption issued —, not expired, the same redirect URI, the PKCE verifier for the
 * S256 challenge, the consent still given) and answers an ID token and an access token; userinfo
 * answers the consented claims while the token and the consent last.
 */
@Stateless
@PermitAll
public class DefaultOpenIdProvider implements OpenIdProvider {

    static final String AUTHORIZE_PATH = "/connect/authorize";
    static final String TOKEN_PATH = "/api/connect/token";
    static final String USERINFO_PATH = "/api/connect/userinfo";
    static final String JWKS_PATH = "/api/connect/jwks";

    private static final Logger LOG = Logger.getLogger(DefaultOpenIdProvider.class.getName());

    @Inject
    private RelyingSites sites;

    @Inject
    private ConnectRepository store;

    @Inject
    private ClientAuthentications clients;

    @Inject
    private PairwiseSubjects subjects;

    @Inject
    private IdTokens idTokens;

    @Inject
    private ResidentClaims residentClaims;

    @Inject
    private SigningKeys keys;

    private final ConnectSettings settings = ConnectSettings.fromConfig();
    private final Clock clock = Clock.systemUTC();

    @Override
    @PermitAll
    public String discovery(String baseUrl) {
        String issuer = settings.issuer(baseUrl);
        OIDCProviderMetadata metadata = new OIDCProviderMetadata(
                new Issuer(issuer), List.of(SubjectType.PAIRWISE), URI.create(issuer + JWKS_PATH));
        metadata.setAuthorizationEndpointURI(URI.create(issuer + AUTHORIZE_PATH));
        metadata.setTokenEndpointURI(URI.create(issuer + TOKEN_PATH));
        metadata.setUserInfoEndpointURI(URI.create(issuer + USERINFO_PATH));
        metadata.setResponseTypes(List.of(ResponseType.CODE));
        metadata.setResponseModes(List.of(com.nimbusds.oauth2.sdk.ResponseMode.QUERY));
        metadata.setGrantTypes(List.of(GrantType.AUTHORIZATION_CODE));
        metadata.setScopes(new Scope("openid", "profile", "address", "email"));
        metadata.setCodeChallengeMethods(List.of(CodeChallengeMethod.S256));
        metadata.setIDTokenJWSAlgs(List.of(JWSAlgorithm.RS256));
        metadata.setTokenEndpointAuthMethods(
                List.of(ClientAuthenticationMethod.CLIENT_SECRET_BASIC, ClientAuthenticationMethod.PRIVATE_KEY_JWT));
        metadata.setTokenEndpointJWSAlgs(List.of(JWSAlgorithm.RS256, JWSAlgorithm.ES256));
        metadata.setClaims(List.of("sub", "name", "birthdate", "address", "nickname", "email"));
        metadata.setSupportsRequestParam(false);
        metadata.setSupportsRequestURIParam(false);
        metadata.applyDefaults();
        return metadata.toJSONObject().toJSONString();
    }

    @Override
    @PermitAll
    public String jwks() {
        return keys.published().toString(true);
    }

    @Override
    @PermitAll
    public EndpointAnswer token(EndpointCall call, String baseUrl) {
        TokenRequest request;
        try {
            request = TokenRequest.parse(nimbus(call));
        } catch (ParseException e) {
            return tokenError(e.getErrorObject() == null ? OAuth2Error.INVALID_REQUEST : e.getErrorObject());
        }
        ClientAuthentication authentication = request.getClientAuthentication();
        if (authentication == null) {
            return tokenError(OAuth2Error.INVALID_CLIENT);
        }
        Optional<RelyingSite> site = sites.find(authentication.getClientID().getValue());
        String issuer = settings.issuer(baseUrl);
        if (site.isEmpty() || !clients.verify(authentication, site.get(), Set.of(issuer + TOKEN_PATH, issuer))) {
            LOG.warning(() -> "Token request with a failed client authentication for "
                    + authentication.getClientID().getValue());
            return tokenError(OAuth2Error.INVALID_CLIENT);
        }
        if (!(request.getAuthorizationGrant() instanceof AuthorizationCodeGrant grant)) {
            return tokenError(OAuth2Error.UNSUPPORTED_GRANT_TYPE);
        }
        return redeem(site.get(), grant, issuer);
    }

    private EndpointAnswer redeem(RelyingSite site, AuthorizationCodeGrant grant, String issuer) {
        Instant now = clock.instant();
        String codeHash = Secrets.sha256(grant.getAuthorizationCode().getValue());
        AuthorizationCode code = store.lockCode(codeHash)
                .filter(c -> c.getClientId().equals(site.clientId()))
                .orElse(null);
        if (code == null) {
            return tokenError(OAuth2Error.INVALID_GRANT.setDescription("unknown code"));
        }
        if (!code.redeem(now)) {
            int revoked = store.revokeTokensOfCode(codeHash, now);
            LOG.warning(() -> "A redeemed code was presented again by " + site.clientId() + "; " + revoked
                    + " token(s) issued for it revoked");
            return tokenError(OAuth2Error.INVALID_GRANT.setDescription("code already used"));
        }
        if (code.expiredAt(now)) {
            return tokenError(OAuth2Error.INVALID_GRANT.setDescription("code expired"));
        }
        if (grant.getRedirectionURI() == null
                || !grant.getRedirectionURI().toString().equals(code.getRedirectUri())) {
            return tokenError(OAuth2Error.INVALID_GRANT.setDescription("redirect_uri does not match"));
        }
        CodeVerifier verifier = grant.getCodeVerifier();
        if (verifier == null
                || !CodeChallenge.compute(CodeChallengeMethod.S256, verifier)
                        .getValue()
                        .equals(code.getCodeChallenge())) {
            return tokenError(OAuth2Error.INVALID_GRANT.setDescription("PKCE verification failed"));
        }
        Optional<SiteConsent> consent = store.findConsent(code.getConsentId()).filter(SiteConsent::isActive);
        if (consent.isEmpty()) {
            return tokenError(OAuth2Error.INVALID_GRANT.setDescription("consent revoked"));
        }
        String subject = subjects.of(site.clientId(), code.getResidentId(), now);
        Map<String, Object> claims = residentClaims.of(
                code.getResidentId(),
                code.getClaims().stream()
                        .flatMap(c -> jp.mynaportal.connect.SiteClaim.byClaim(c).stream())
                        .toList());
        SignedJWT idToken = idTokens.issue(
                issuer,
                site.clientId(),
                subject,
                code.getNonce(),
                code.getAuthTime(),
                claims,
                now,
                settings.idTokenLifetime());
        BearerAccessToken accessToken =
                new BearerAccessToken(Secrets.random(), settings.tokenLifetime().toSeconds(), null);
        store.addToken(
                new AccessToken(Secrets.sha256(accessToken.getValue()), code, now, now.plus(settings.tokenLifetime())));
        return answer(new OIDCTokenResponse(new OIDCTokens(idToken, accessToken, null)).toHTTPResponse());
    }

    @Override
    @PermitAll
    public EndpointAnswer userInfo(EndpointCall call) {
        BearerAccessToken token;
        try {
            token = BearerAccessToken.parse(call.authorization());
        } catch (ParseException e) {
            return answer(new UserInfoErrorResponse(BearerTokenError.MISSING_TOKEN).toHTTPResponse());
        }
        Instant now = clock.instant();
        Optional<AccessToken> stored = store.findToken(Secrets.sha256(token.getValue()))
                .filter(t -> t.usableAt(now))
                .filter(t -> store.findConsent(t.getConsentId())
                        .filter(SiteConsent::isActive)
                        .isPresent());
        if (stored.isEmpty()) {
            return answer(new UserInfoErrorResponse(BearerTokenError.INVALID_TOKEN).toHTTPResponse());
        }
        AccessToken access = stored.get();
        UserInfo info = new UserInfo(
                new com.nimbusds.oauth2.sdk.id.Subject(subjects.of(access.getClientId(), access.getResidentId(), now)));
        residentClaims
                .of(
                        access.getResidentId(),
                        access.getClaims().stream()
                                .flatMap(c -> jp.mynaportal.connect.SiteClaim.byClaim(c).stream())
                                .toList())
                .forEach(info::setClaim);
        return new EndpointAnswer(
                200,
                Map.of("Content-Type", "application/json; charset=UTF-8", "Cache-Control", "no-store"),
                info.toJSONObject().toJSONString());
    }

    private static HTTPRequest nimbus(EndpointCall call) throws ParseException {
        try {
            HTTPRequest request = new HTTPRequest(HTTPRequest.Method.valueOf(call.method()), new URL(call.url()));
            call.headers().forEach(request::setHeader);
            request.setBody(call.body());
            return request;
        } catch (MalformedURLException | IllegalArgumentException e) {
            throw new ParseException("Bad request: " + e.getMessage(), OAuth2Error.INVALID_REQUEST, e);
        }
    }

    private static EndpointAnswer tokenError(ErrorObject error) {
        return answer(new TokenErrorResponse(error).toHTTPResponse());
    }

    private static EndpointAnswer answer(HTTPResponse response) {
        Map<String, String> headers = new HashMap<>();
        response.getHeaderMap().forEach((name, values) -> {
            if (!values.isEmpty()) {
                headers.put(name, values.get(0));
            }
        });
        headers.put("Cache-Control", "no-store");
        return new EndpointAnswer(
                response.getStatusCode(), headers, response.getBody() == null ? "" : response.getBody());
    }
}
