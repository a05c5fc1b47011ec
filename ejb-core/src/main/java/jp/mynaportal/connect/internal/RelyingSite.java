package jp.mynaportal.connect.internal;

import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.oauth2.sdk.auth.ClientAuthenticationMethod;
import java.net.URI;
import java.util.List;
import java.util.Set;
import jp.mynaportal.connect.LocalizedText;
import jp.mynaportal.connect.SiteClaim;

/**
 * A relying site as the operator registered it.
 *
 * @param redirectUris the exact redirect URIs (compared character for character)
 * @param authMethod client_secret_basic or private_key_jwt
 * @param secretSha256 the SHA-256 (hex) of the client secret, for client_secret_basic
 * @param keys the site's public keys, for private_key_jwt
 * @param claims what it may receive
 * @param startUrl its initiate_login_uri: where 「つなぐ」 and 「このサイトへ」 lead
 * @param notices whether it may deliver お知らせ
 * @param agencyCode the agency (of the agency registry) it delivers them as, or null
 */
record RelyingSite(
        String clientId,
        LocalizedText name,
        LocalizedText description,
        Set<String> redirectUris,
        ClientAuthenticationMethod authMethod,
        String secretSha256,
        JWKSet keys,
        List<SiteClaim> claims,
        URI startUrl,
        boolean notices,
        String agencyCode) {

    RelyingSite {
        redirectUris = Set.copyOf(redirectUris);
        claims = List.copyOf(claims);
    }
}
