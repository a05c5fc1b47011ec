package jp.mynaportal.connect;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import com.nimbusds.jose.proc.BadJOSEException;
import com.nimbusds.jwt.JWT;
import com.nimbusds.jwt.JWTParser;
import com.nimbusds.oauth2.sdk.AuthorizationCode;
import com.nimbusds.oauth2.sdk.AuthorizationCodeGrant;
import com.nimbusds.oauth2.sdk.ResponseType;
import com.nimbusds.oauth2.sdk.Scope;
import com.nimbusds.oauth2.sdk.TokenRequest;
import com.nimbusds.oauth2.sdk.auth.ClientAuthentication;
import com.nimbusds.oauth2.sdk.auth.ClientSecretBasic;
import com.nimbusds.oauth2.sdk.auth.PrivateKeyJWT;
import com.nimbusds.oauth2.sdk.auth.Secret;
import com.nimbusds.oauth2.sdk.http.HTTPRequest;
import com.nimbusds.oauth2.sdk.id.ClientID;
import com.nimbusds.oauth2.sdk.id.Issuer;
import com.nimbusds.oauth2.sdk.id.State;
import com.nimbusds.oauth2.sdk.pkce.CodeChallengeMethod;
import com.nimbusds.oauth2.sdk.pkce.CodeVerifier;
import com.nimbusds.oauth2.sdk.util.URLUtils;
import com.nimbusds.openid.connect.sdk.AuthenticationRequest;
import com.nimbusds.openid.connect.sdk.Nonce;
import com.nimbusds.openid.connect.sdk.validators.IDTokenValidator;
import jakarta.enterprise.inject.spi.CDI;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import jp.mynaportal.connect.internal.SigningKeys;
import jp.mynaportal.connect.model.SiteConsent;
import jp.mynaportal.connect.repository.ConnectRepository;
import jp.mynaportal.platform.ConfiguredPaths;
import jp.mynaportal.support.Callers;
import net.minidev.json.JSONObject;
import org.eclipse.microprofile.config.ConfigProvider;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The OpenID Provider in the container, conformance-style: each test registers sites of its own
 * (a file in the operator's site folder, random client ids), logs a demo resident in for real, runs
 * the authorization request through the service and the token request through the token endpoint
 * as a site would send it (built with Nimbus), and checks what a site's validator makes of the ID
 * token against the published JWKS.
 */
abstract class ConnectServiceContract {

    static final String ISSUER = "https://portal.test";
    private static final String TOKEN_URL = ISSUER + "/api/connect/token";

    private ConnectService connect;
    private OpenIdProvider provider;
    private String clientId;
    private String secret;
    private String redirect;
    private RSAKey siteKey;

    @BeforeEach
    void registerSite() throws Exception {
        connect = CDI.current().select(ConnectService.class).get();
        provider = CDI.current().select(OpenIdProvider.class).get();
        clientId = "test-" + UUID.randomUUID();
        secret = UUID.randomUUID() + "-" + UUID.randomUUID();
        redirect = "https://site.test/" + clientId + "/callback";
        register(clientId, redirect, "client_secret_basic", secret, null);
    }

    /** Writes a site registration file as an operator would. */
    static void register(String clientId, String redirect, String method, String secret, JWKSet keys) throws Exception {
        JSONObject site = new JSONObject();
        site.put("client_id", clientId);
        site.put("client_name#ja", "テストサイト " + clientId);
        site.put("client_name#en", "Test site " + clientId);
        site.put("description#ja", "テスト用のサイトです。");
        site.put("redirect_uris", List.of(redirect));
        site.put("token_endpoint_auth_method", method);
        if (secret != null) {
            site.put("client_secret_sha256", sha256(secret));
        }
        if (keys != null) {
            site.put("jwks", keys.toPublicJWKSet().toJSONObject());
        }
        site.put("claims", List.of("name", "birthdate"));
        site.put("initiate_login_uri", "https://site.test/" + clientId + "/login");
        site.put("notices", true);
        Path folder = ConfiguredPaths.dataDir(ConfigProvider.getConfig()).resolve("connect/sites");
        Files.createDirectories(folder);
        Files.writeString(folder.resolve(clientId + ".json"), site.toJSONString(), StandardCharsets.UTF_8);
    }

    static String sha256(String text) throws Exception {
        return HexFormat.of()
                .formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
    }

    private String residentYuki() {
        return Callers.logInRegistered("yuki", "3456", "ゆき");
    }

    /** An authentication request as a site sends it, with PKCE S256. */
    private static Map<String, List<String>> request(
            String clientId, String redirect, CodeVerifier verifier, Nonce nonce) {
        AuthenticationRequest request = new AuthenticationRequest.Builder(
                        ResponseType.CODE, new Scope("openid", "profile"), new ClientID(clientId), URI.create(redirect))
                .state(new State("state-1"))
                .nonce(nonce)
                .codeChallenge(verifier, CodeChallengeMethod.S256)
                .build();
        return request.toParameters();
    }

    private PendingAuthorization accepted(Map<String, List<String>> parameters) {
        AuthorizationCheck check = connect.check(parameters);
        assertThat(check).isInstanceOf(AuthorizationCheck.Accepted.class);
        return ((AuthorizationCheck.Accepted) check).pending();
    }

    /** Logs yuki in, consents, and returns the code from the redirect. */
    private String code(String clientId, String redirect, CodeVerifier verifier, Nonce nonce) {
        residentYuki();
        String location = connect.approve(accepted(request(clientId, redirect, verifier, nonce)), true, "127.0.0.1");
        assertThat(location).startsWith(redirect + "?").contains("state=state-1");
        return URLUtils.parseParameters(URI.create(location).getRawQuery())
                .get("code")
                .get(0);
    }

    private EndpointAnswer token(
            ClientAuthentication authentication, String code, String redirect, CodeVerifier verifier) {
        HTTPRequest http = new TokenRequest(
                        URI.create(TOKEN_URL),
                        authentication,
                        new AuthorizationCodeGrant(new AuthorizationCode(code), URI.create(redirect), verifier))
                .toHTTPRequest();
        return provider.token(
                new EndpointCall(
                        "POST",
                        TOKEN_URL,
                        http.getHeaderValue("Content-Type"),
                        http.getHeaderValue("Authorization"),
                        http.getBody()),
                ISSUER);
    }

    private EndpointAnswer token(String code, CodeVerifier verifier) {
        return token(new ClientSecretBasic(new ClientID(clientId), new Secret(secret)), code, redirect, verifier);
    }

    private static JSONObject json(EndpointAnswer answer) throws Exception {
        return com.nimbusds.oauth2.sdk.util.JSONObjectUtils.parse(answer.body());
    }

    private IDTokenValidator validator(String clientId, Nonce nonce) throws Exception {
        return new IDTokenValidator(
                new Issuer(ISSUER), new ClientID(clientId), JWSAlgorithm.RS256, JWKSet.parse(provider.jwks()));
    }

    @Test
    void aSiteGetsASignedIdTokenWithThePairwiseSubjectNonceAndConsentedClaims() throws Exception {
        CodeVerifier verifier = new CodeVerifier();
        Nonce nonce = new Nonce();
        EndpointAnswer answer = token(code(clientId, redirect, verifier, nonce), verifier);
        assertThat(answer.status()).as(answer.body()).isEqualTo(200);
        JWT idToken = JWTParser.parse(json(answer).getAsString("id_token"));
        var claims = validator(clientId, nonce).validate(idToken, nonce);
        assertThat(claims.getSubject().getValue())
                .isNotEqualTo(Callers.callerName())
                .hasSizeGreaterThanOrEqualTo(40);
        assertThat(claims.getStringClaim("name")).isEqualTo("鈴木 ゆき");
        assertThat(claims.getStringClaim("birthdate")).isEqualTo("2001-07-30");
        assertThat(claims.getClaim("address"))
                .as("not registered for this site")
                .isNull();
        assertThat(answer.headers()).containsEntry("Cache-Control", "no-store");
    }

    @Test
    void eachSiteSeesADifferentStableSubject() throws Exception {
        String other = "test-" + UUID.randomUUID();
        String otherRedirect = "https://other.test/" + other + "/cb";
        String otherSecret = UUID.randomUUID().toString();
        register(other, otherRedirect, "client_secret_basic", otherSecret, null);
        String first = subject(clientId, redirect, secret);
        String again = subject(clientId, redirect, secret);
        String atOther = subject(other, otherRedirect, otherSecret);
        assertThat(again).isEqualTo(first);
        assertThat(atOther).isNotEqualTo(first);
    }

    private String subject(String site, String siteRedirect, String siteSecret) throws Exception {
        CodeVerifier verifier = new CodeVerifier();
        Nonce nonce = new Nonce();
        String code = code(site, siteRedirect, verifier, nonce);
        EndpointAnswer answer =
                token(new ClientSecretBasic(new ClientID(site), new Secret(siteSecret)), code, siteRedirect, verifier);
        assertThat(answer.status()).as(answer.body()).isEqualTo(200);
        return validator(site, nonce)
                .validate(JWTParser.parse(json(answer).getAsString("id_token")), nonce)
                .getSubject()
                .getValue();
    }

    @Test
    void aRedirectUriThatIsNotRegisteredExactlyIsRefusedOnThePortal() {
        CodeVerifier verifier = new CodeVerifier();
        for (String wrong :
                List.of(redirect + "/", redirect + "?x=1", redirect.toUpperCase(), "https://evil.test/cb")) {
            assertThat(connect.check(request(clientId, wrong, verifier, new Nonce())))
                    .as(wrong)
                    .isEqualTo(new AuthorizationCheck.Refused(AuthorizationCheck.Reason.WRONG_REDIRECT_URI));
        }
        assertThat(connect.check(request("unknown-" + UUID.randomUUID(), redirect, verifier, new Nonce())))
                .isEqualTo(new AuthorizationCheck.Refused(AuthorizationCheck.Reason.UNKNOWN_SITE));
    }

    @Test
    void aRequestWithoutPkceOrWithPlainPkceIsAnsweredWithInvalidRequest() {
        Map<String, List<String>> without =
                new java.util.HashMap<>(request(clientId, redirect, new CodeVerifier(), new Nonce()));
        without.remove("code_challenge");
        without.remove("code_challenge_method");
        assertThat(connect.check(without)).isInstanceOfSatisfying(AuthorizationCheck.ErrorRedirect.class, e -> {
            assertThat(e.error()).isEqualTo("invalid_request");
            assertThat(e.location()).startsWith(redirect + "?").contains("state=state-1");
        });
        Map<String, List<String>> plain =
                new java.util.HashMap<>(request(clientId, redirect, new CodeVerifier(), new Nonce()));
        plain.put("code_challenge_method", List.of("plain"));
        assertThat(connect.check(plain))
                .isInstanceOfSatisfying(
                        AuthorizationCheck.ErrorRedirect.class,
                        e -> assertThat(e.error()).isEqualTo("invalid_request"));
    }

    @Test
    void aWrongOrMissingPkceVerifierGetsNoToken() throws Exception {
        CodeVerifier verifier = new CodeVerifier();
        String code = code(clientId, redirect, verifier, new Nonce());
        EndpointAnswer wrong = token(code, new CodeVerifier());
        assertThat(wrong.status()).isEqualTo(400);
        assertThat(json(wrong).getAsString("error")).isEqualTo("invalid_grant");
        String second = code(clientId, redirect, verifier, new Nonce());
        EndpointAnswer missing = token(second, null);
        assertThat(missing.status()).isEqualTo(400);
        assertThat(json(missing).getAsString("error")).isEqualTo("invalid_grant");
    }

    @Test
    void aReplayedCodeIsRefusedAndRevokesTheTokensOfItsFirstUse() throws Exception {
        CodeVerifier verifier = new CodeVerifier();
        String code = code(clientId, redirect, verifier, new Nonce());
        EndpointAnswer first = token(code, verifier);
        assertThat(first.status()).isEqualTo(200);
        String accessToken = json(first).getAsString("access_token");
        assertThat(userInfo(accessToken).status()).isEqualTo(200);
        EndpointAnswer replay = token(code, verifier);
        assertThat(replay.status()).isEqualTo(400);
        assertThat(json(replay).getAsString("error")).isEqualTo("invalid_grant");
        assertThat(userInfo(accessToken).status()).isEqualTo(401);
    }

    private EndpointAnswer userInfo(String accessToken) {
        return provider.userInfo(
                new EndpointCall("GET", ISSUER + "/api/connect/userinfo", null, "Bearer " + accessToken, null));
    }

    @Test
    void anExpiredCodeGetsNoToken() throws Exception {
        String resident = residentYuki();
        CodeVerifier verifier = new CodeVerifier();
        String code = code(clientId, redirect, verifier, new Nonce());
        ConnectRepository store = CDI.current().select(ConnectRepository.class).get();
        long consentId = expiredCopy(store, resident, code, verifier);
        assertThat(consentId).isPositive();
        EndpointAnswer answer = token("expired-" + code, verifier);
        assertThat(answer.status()).isEqualTo(400);
        assertThat(json(answer).getAsString("error")).isEqualTo("invalid_grant");
        assertThat(json(answer).getAsString("error_description")).contains("expired");
    }

    /** Stores, next to a real code, one that expired a second ago (code value "expired-" + code). */
    private long expiredCopy(ConnectRepository store, String resident, String code, CodeVerifier verifier)
            throws Exception {
        jakarta.transaction.UserTransaction tx = javax.naming.InitialContext.doLookup("java:comp/UserTransaction");
        tx.begin();
        try {
            SiteConsent consent = store.activeConsents(resident).stream()
                    .filter(c -> c.getClientId().equals(clientId))
                    .findFirst()
                    .orElseThrow();
            Instant now = Instant.now();
            store.addCode(new jp.mynaportal.connect.model.AuthorizationCode(
                    sha256("expired-" + code),
                    clientId,
                    resident,
                    consent.getId(),
                    new jp.mynaportal.connect.model.AuthorizationCode.Request(
                            redirect,
                            com.nimbusds.oauth2.sdk.pkce.CodeChallenge.compute(CodeChallengeMethod.S256, verifier)
                                    .getValue(),
                            "n",
                            List.of("name")),
                    now.minusSeconds(120),
                    now.minusSeconds(1)));
            tx.commit();
            return consent.getId();
        } catch (Exception e) {
            tx.rollback();
            throw e;
        }
    }

    @Test
    void aWrongClientAuthenticationGetsInvalidClient() throws Exception {
        CodeVerifier verifier = new CodeVerifier();
        String code = code(clientId, redirect, verifier, new Nonce());
        EndpointAnswer wrongSecret = token(
                new ClientSecretBasic(new ClientID(clientId), new Secret("not-the-secret")), code, redirect, verifier);
        assertThat(wrongSecret.status()).isEqualTo(401);
        assertThat(json(wrongSecret).getAsString("error")).isEqualTo("invalid_client");
        RSAKey stranger = new RSAKeyGenerator(2048).keyID("stranger").generate();
        EndpointAnswer wrongMethod = token(
                new PrivateKeyJWT(
                        new ClientID(clientId),
                        URI.create(TOKEN_URL),
                        JWSAlgorithm.RS256,
                        stranger.toPrivateKey(),
                        "stranger",
                        null),
                code,
                redirect,
                verifier);
        assertThat(wrongMethod.status()).isEqualTo(401);
        assertThat(token(code, verifier).status())
                .as("the code is still good for the real site")
                .isEqualTo(200);
    }

    @Test
    void privateKeyJwtIsVerifiedWithTheRegisteredKeyAndUsedOnce() throws Exception {
        siteKey = new RSAKeyGenerator(2048).keyID("site-key").generate();
        String jwtSite = "test-" + UUID.randomUUID();
        String jwtRedirect = "https://jwt.test/" + jwtSite + "/cb";
        register(jwtSite, jwtRedirect, "private_key_jwt", null, new JWKSet(siteKey));
        CodeVerifier verifier = new CodeVerifier();
        String code = code(jwtSite, jwtRedirect, verifier, new Nonce());
        RSAKey stranger = new RSAKeyGenerator(2048).keyID("site-key").generate();
        EndpointAnswer forged = token(assertion(jwtSite, stranger), code, jwtRedirect, verifier);
        assertThat(forged.status()).isEqualTo(401);
        PrivateKeyJWT genuine = assertion(jwtSite, siteKey);
        assertThat(token(genuine, code, jwtRedirect, verifier).status()).isEqualTo(200);
        String next = code(jwtSite, jwtRedirect, verifier, new Nonce());
        assertThat(token(genuine, next, jwtRedirect, verifier).status())
                .as("the same assertion again")
                .isEqualTo(401);
    }

    private static PrivateKeyJWT assertion(String clientId, RSAKey key) throws JOSEException {
        return new PrivateKeyJWT(
                new ClientID(clientId),
                URI.create(TOKEN_URL),
                JWSAlgorithm.RS256,
                key.toPrivateKey(),
                key.getKeyID(),
                null);
    }

    @Test
    void anIdTokenWithAnotherNonceThanTheSiteSentIsRejectedByTheSite() throws Exception {
        CodeVerifier verifier = new CodeVerifier();
        Nonce sent = new Nonce();
        EndpointAnswer answer = token(code(clientId, redirect, verifier, sent), verifier);
        JWT idToken = JWTParser.parse(json(answer).getAsString("id_token"));
        assertThat(validator(clientId, sent).validate(idToken, sent).getNonce()).isEqualTo(sent);
        assertThatThrownBy(() -> validator(clientId, sent).validate(idToken, new Nonce()))
                .isInstanceOf(BadJOSEException.class);
    }

    @Test
    void afterRotationTheOldKeyStaysPublishedUntilRetiredThenItsTokensFailValidation() throws Exception {
        SigningKeys keys = CDI.current().select(SigningKeys.class).get();
        CodeVerifier verifier = new CodeVerifier();
        Nonce nonce = new Nonce();
        JWT before = JWTParser.parse(
                json(token(code(clientId, redirect, verifier, nonce), verifier)).getAsString("id_token"));
        String oldKid = ((com.nimbusds.jwt.SignedJWT) before).getHeader().getKeyID();
        String newKid = keys.rotate();
        Nonce later = new Nonce();
        JWT after = JWTParser.parse(
                json(token(code(clientId, redirect, verifier, later), verifier)).getAsString("id_token"));
        assertThat(((com.nimbusds.jwt.SignedJWT) after).getHeader().getKeyID())
                .isEqualTo(newKid)
                .isNotEqualTo(oldKid);
        assertThat(JWKSet.parse(provider.jwks()).getKeyByKeyId(oldKid))
                .as("kept after rotation")
                .isNotNull();
        assertThat(validator(clientId, nonce).validate(before, nonce)).isNotNull();
        keys.retire(oldKid);
        assertThat(JWKSet.parse(provider.jwks()).getKeyByKeyId(oldKid)).isNull();
        assertThatThrownBy(() -> validator(clientId, nonce).validate(before, nonce))
                .isInstanceOf(BadJOSEException.class);
        assertThat(validator(clientId, later).validate(after, later)).isNotNull();
    }

    @Test
    void disconnectingRevokesTheConsentAndTheTokens() throws Exception {
        CodeVerifier verifier = new CodeVerifier();
        String code = code(clientId, redirect, verifier, new Nonce());
        String unused = code(clientId, redirect, verifier, new Nonce());
        String accessToken = json(token(code, verifier)).getAsString("access_token");
        assertThat(connect.sites())
                .filteredOn(s -> s.clientId().equals(clientId))
                .singleElement()
                .satisfies(s -> {
                    assertThat(s.connected()).isTrue();
                    assertThat(s.noticesAllowed()).isTrue();
                    assertThat(s.consentedClaims()).containsExactly(SiteClaim.NAME, SiteClaim.BIRTHDATE);
                });
        connect.disconnect(clientId, "127.0.0.1");
        assertThat(userInfo(accessToken).status()).isEqualTo(401);
        assertThat(token(unused, verifier).status()).as("a code issued before").isEqualTo(400);
        assertThat(connect.sites())
                .filteredOn(s -> s.clientId().equals(clientId))
                .singleElement()
                .satisfies(s -> assertThat(s.connected()).isFalse());
    }

    @Test
    void aProxyCannotConnectASiteForTheResident() throws Exception {
        residentYuki();
        PendingAuthorization pending = accepted(request(clientId, redirect, new CodeVerifier(), new Nonce()));
        jp.mynaportal.access.AccessPolicy policy =
                CDI.current().select(jp.mynaportal.access.AccessPolicy.class).get();
        String resident = Callers.callerName();
        jp.mynaportal.access.Actor proxy = new jp.mynaportal.access.Actor(
                "proxy-" + UUID.randomUUID(), java.util.Set.of(jp.mynaportal.access.Roles.PROXY), java.util.Set.of());
        assertThat(policy.permits(
                        proxy,
                        jp.mynaportal.access.Subject.resident(resident),
                        jp.mynaportal.access.PortalService.CONNECTED_SITES,
                        jp.mynaportal.access.Operation.WRITE))
                .isFalse();
        assertThat(pending.clientId()).isEqualTo(clientId);
    }
}
