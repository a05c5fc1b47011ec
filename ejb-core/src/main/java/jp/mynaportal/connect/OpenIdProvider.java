package jp.mynaportal.connect;

/**
 * The relying sites' side of the OpenID Provider: the discovery document, the public signing keys
 * and the token and userinfo endpoints. The sites authenticate themselves at the token endpoint
 * (client_secret_basic or private_key_jwt, as registered) and with their access token at userinfo.
 */
public interface OpenIdProvider {

    /**
     * The discovery document ({@code /.well-known/openid-configuration}).
     *
     * @param baseUrl the portal's address as the caller reached it (scheme, host, port, context
     *     path), used when {@code mynaportal.connect.issuer} is not set
     */
    String discovery(String baseUrl);

    /** The JWK set of the ID-token signing keys: the current one and the ones retired lately. */
    String jwks();

    /** The token endpoint: an authorization code (with its PKCE verifier) for an ID token and an access token. */
    EndpointAnswer token(EndpointCall call, String baseUrl);

    /** The userinfo endpoint: the consented claims for a valid access token. */
    EndpointAnswer userInfo(EndpointCall call);
}
