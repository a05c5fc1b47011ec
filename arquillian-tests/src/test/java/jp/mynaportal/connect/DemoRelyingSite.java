package jp.mynaportal.connect;

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
import com.nimbusds.oauth2.sdk.id.State;
import com.nimbusds.oauth2.sdk.pkce.CodeChallengeMethod;
import com.nimbusds.oauth2.sdk.pkce.CodeVerifier;
import com.nimbusds.oauth2.sdk.util.URLUtils;
import com.nimbusds.openid.connect.sdk.AuthenticationRequest;
import com.nimbusds.openid.connect.sdk.Nonce;
import com.nimbusds.openid.connect.sdk.OIDCTokenResponse;
import com.nimbusds.openid.connect.sdk.OIDCTokenResponseParser;
import com.nimbusds.openid.connect.sdk.op.OIDCProviderMetadata;
import com.nimbusds.openid.connect.sdk.validators.IDTokenValidator;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import net.minidev.json.JSONObject;

/**
 * A relying site running in the test JVM (a plain Java HTTP server), as e-Tax or a municipality's
 * own site would use the portal with Nimbus: 「つなぐ」 and 「このサイトへ」 lead to {@code /start},
 * which sends the browser to the portal's authorization endpoint (PKCE S256, state, nonce); the
 * callback redeems the code with client_secret_basic and validates the ID token against the
 * portal's JWKS. A subject the site does not know yet asks the visitor to log in to the site's own
 * account once ({@code /link}); a known subject is logged in at once. It registers itself as an
 * operator would: a file in the portal's site folder.
 */
final class DemoRelyingSite implements AutoCloseable {

    private final HttpServer server;
    private final String clientId = "demo-city-" + UUID.randomUUID();
    private final String secret = UUID.randomUUID() + "." + UUID.randomUUID();
    private final URL portal;
    private final Map<String, Flow> flows = new ConcurrentHashMap<>();
    private final Map<String, String> accountsBySubject = new ConcurrentHashMap<>();
    private final Map<String, String> pendingLinks = new ConcurrentHashMap<>();
    private volatile String lastAccessToken;

    private record Flow(CodeVerifier verifier, Nonce nonce) {}

    DemoRelyingSite(URL portal, Path sitesFolder) throws IOException {
        this.portal = portal;
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/start", this::start);
        server.createContext("/callback", this::callback);
        server.createContext("/link", this::link);
        server.start();
        register(sitesFolder);
    }

    String clientId() {
        return clientId;
    }

    String lastAccessToken() {
        return lastAccessToken;
    }

    private String base() {
        return "http://127.0.0.1:" + server.getAddress().getPort();
    }

    private void register(Path folder) throws IOException {
        JSONObject site = new JSONObject();
        site.put("client_id", clientId);
        site.put("client_name#ja", "さくら市 電子申請（テスト）");
        site.put("client_name#en", "Sakura City e-services (test)");
        site.put("description#ja", "つなぐと、さくら市のサイトにマイナポータルからログインできます。");
        site.put("description#en", "Once connected, you log in to Sakura City's site through Mynaportal.");
        site.put("redirect_uris", List.of(base() + "/callback"));
        site.put("token_endpoint_auth_method", "client_secret_basic");
        site.put("client_secret_sha256", sha256(secret));
        site.put("claims", List.of("name", "address"));
        site.put("initiate_login_uri", base() + "/start");
        site.put("notices", true);
        Files.createDirectories(folder);
        Files.writeString(folder.resolve(clientId + ".json"), site.toJSONString(), StandardCharsets.UTF_8);
    }

    private OIDCProviderMetadata provider() throws Exception {
        return OIDCProviderMetadata.resolve(
                new com.nimbusds.oauth2.sdk.id.Issuer(portal.toExternalForm().replaceAll("/$", "")));
    }

    private void start(HttpExchange exchange) throws IOException {
        try {
            CodeVerifier verifier = new CodeVerifier();
            Nonce nonce = new Nonce();
            State state = new State();
            flows.put(state.getValue(), new Flow(verifier, nonce));
            URI authorize = new AuthenticationRequest.Builder(
                            ResponseType.CODE,
                            new Scope("openid", "profile", "address"),
                            new ClientID(clientId),
                            URI.create(base() + "/callback"))
                    .endpointURI(provider().getAuthorizationEndpointURI())
                    .state(state)
                    .nonce(nonce)
                    .codeChallenge(verifier, CodeChallengeMethod.S256)
                    .build()
                    .toURI();
            exchange.getResponseHeaders().add("Location", authorize.toString());
            exchange.sendResponseHeaders(302, -1);
        } catch (Exception e) {
            page(exchange, 500, "<p id=\"site-error\">" + e + "</p>");
        } finally {
            exchange.close();
        }
    }

    private void callback(HttpExchange exchange) throws IOException {
        try {
            Map<String, List<String>> query =
                    URLUtils.parseParameters(exchange.getRequestURI().getRawQuery());
            if (query.containsKey("error")) {
                page(
                        exchange,
                        200,
                        "<p id=\"site-declined\">つながりませんでした（"
                                + query.get("error").get(0) + "）</p>");
                return;
            }
            Flow flow = flows.remove(query.get("state").get(0));
            OIDCProviderMetadata metadata = provider();
            TokenResponse response = OIDCTokenResponseParser.parse(new TokenRequest(
                            metadata.getTokenEndpointURI(),
                            new ClientSecretBasic(new ClientID(clientId), new Secret(secret)),
                            new AuthorizationCodeGrant(
                                    new AuthorizationCode(query.get("code").get(0)),
                                    URI.create(base() + "/callback"),
                                    flow.verifier()))
                    .toHTTPRequest()
                    .send());
            if (!response.indicatesSuccess()) {
                page(
                        exchange,
                        200,
                        "<p id=\"site-error\">" + response.toErrorResponse().getErrorObject() + "</p>");
                return;
            }
            OIDCTokenResponse tokens = (OIDCTokenResponse) response.toSuccessResponse();
            lastAccessToken = tokens.getOIDCTokens().getAccessToken().getValue();
            var claims = new IDTokenValidator(
                            metadata.getIssuer(),
                            new ClientID(clientId),
                            JWSAlgorithm.RS256,
                            metadata.getJWKSetURI().toURL())
                    .validate(JWTParser.parse(tokens.getOIDCTokens().getIDTokenString()), flow.nonce());
            String subject = claims.getSubject().getValue();
            String account = accountsBySubject.get(subject);
            if (account != null) {
                page(exchange, 200, "<p>ログイン中：<span id=\"site-user\">" + account + "</span></p>");
                return;
            }
            String link = UUID.randomUUID().toString();
            pendingLinks.put(link, subject);
            page(
                    exchange,
                    200,
                    "<p id=\"site-first\">はじめてつなぐときだけ、このサイトのアカウントでログインしてください（"
                            + claims.getStringClaim("name") + " さん）。</p>"
                            + "<form method=\"post\" action=\"/link\"><input type=\"hidden\" name=\"link\" value=\""
                            + link + "\">"
                            + "<label for=\"site-account\">アカウント</label><input id=\"site-account\" name=\"account\">"
                            + "<button id=\"site-login\" type=\"submit\">ログイン</button></form>");
        } catch (Exception e) {
            page(exchange, 500, "<p id=\"site-error\">" + e + "</p>");
        } finally {
            exchange.close();
        }
    }

    private void link(HttpExchange exchange) throws IOException {
        try {
            Map<String, List<String>> form = URLUtils.parseParameters(
                    new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8));
            String subject = pendingLinks.remove(form.get("link").get(0));
            String account = form.get("account").get(0);
            accountsBySubject.put(subject, account);
            page(
                    exchange,
                    200,
                    "<p id=\"site-connected\">マイナポータルとつながりました。</p>" + "<p>ログイン中：<span id=\"site-user\">" + account
                            + "</span></p>");
        } finally {
            exchange.close();
        }
    }

    private static void page(HttpExchange exchange, int status, String body) throws IOException {
        byte[] bytes =
                ("<!DOCTYPE html><html lang=\"ja\"><head><meta charset=\"UTF-8\"><title>さくら市</title></head><body>"
                                + body + "</body></html>")
                        .getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().add("Content-Type", "text/html; charset=UTF-8");
        exchange.sendResponseHeaders(status, bytes.length);
        exchange.getResponseBody().write(bytes);
    }

    private static String sha256(String text) {
        try {
            return HexFormat.of()
                    .formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    @Override
    public void close() throws IOException {
        server.stop(0);
    }
}
