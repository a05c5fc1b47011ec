package jp.mynaportal.connect.internal;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.jwk.ECKey;
import com.nimbusds.jose.jwk.JWK;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.oauth2.sdk.auth.ClientAuthentication;
import com.nimbusds.oauth2.sdk.auth.ClientAuthenticationMethod;
import com.nimbusds.oauth2.sdk.auth.ClientSecretBasic;
import com.nimbusds.oauth2.sdk.auth.PrivateKeyJWT;
import com.nimbusds.oauth2.sdk.auth.verifier.ClientAuthenticationVerifier;
import com.nimbusds.oauth2.sdk.auth.verifier.ClientCredentialsSelector;
import com.nimbusds.oauth2.sdk.auth.verifier.Context;
import com.nimbusds.oauth2.sdk.auth.verifier.InvalidClientException;
import com.nimbusds.oauth2.sdk.id.Audience;
import com.nimbusds.oauth2.sdk.id.ClientID;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.security.PublicKey;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import jp.mynaportal.connect.model.UsedAssertion;
import jp.mynaportal.connect.repository.ConnectRepository;

/**
 * Checks how a site authenticated itself at the token endpoint, with the method it registered:
 * client_secret_basic against the secret's SHA-256, or private_key_jwt by Nimbus's verifier
 * against the site's registered public keys, for this token endpoint as audience, issued by the
 * site itself (its {@code iss} and {@code sub} are its client id), each assertion used once (its {@code jti} kept until it expires).
 */
@ApplicationScoped
public class ClientAuthentications {

    @Inject
    private ConnectRepository store;

    /** Whether the authentication is the site's, by its registered method. */
    boolean verify(ClientAuthentication authentication, RelyingSite site, Set<String> audiences) {
        if (!site.authMethod().equals(authentication.getMethod())) {
            return false;
        }
        if (authentication instanceof ClientSecretBasic basic) {
            return Secrets.matches(basic.getClientSecret().getValue(), site.secretSha256());
        }
        if (authentication instanceof PrivateKeyJWT jwt) {
            return verifyAssertion(jwt, site, audiences);
        }
        return false;
    }

    private boolean verifyAssertion(PrivateKeyJWT jwt, RelyingSite site, Set<String> audiences) {
        ClientCredentialsSelector<Void> keys = new ClientCredentialsSelector<>() {
            @Override
            public List<com.nimbusds.oauth2.sdk.auth.Secret> selectClientSecrets(
                    ClientID clientID, ClientAuthenticationMethod method, Context<Void> context) {
                return List.of();
            }

            @Override
            public List<? extends PublicKey> selectPublicKeys(
                    ClientID clientID,
                    ClientAuthenticationMethod method,
                    JWSHeader header,
                    boolean forceRefresh,
                    Context<Void> context) {
                List<PublicKey> found = new ArrayList<>();
                for (JWK key : site.keys().getKeys()) {
                    if (header.getKeyID() != null && !header.getKeyID().equals(key.getKeyID())) {
                        continue;
                    }
                    try {
                        if (key instanceof RSAKey rsa) {
                            found.add(rsa.toPublicKey());
                        } else if (key instanceof ECKey ec) {
                            found.add(ec.toPublicKey());
                        }
                    } catch (JOSEException e) {
                        // an unusable registered key verifies nothing
                    }
                }
                return found;
            }
        };
        Set<Audience> expected = new java.util.HashSet<>();
        audiences.forEach(a -> expected.add(new Audience(a)));
        ClientAuthenticationVerifier<Void> verifier = new ClientAuthenticationVerifier<>(keys, expected);
        try {
            verifier.verify(jwt, null, null);
        } catch (InvalidClientException | JOSEException e) {
            return false;
        }
        var claims = jwt.getJWTAuthenticationClaimsSet();
        // the assertion's issuer is the site itself: Nimbus lets a JWT authentication name another
        // issuer than its subject, which this portal never accepts
        if (claims.getIssuer() == null
                || !claims.getIssuer().getValue().equals(site.clientId())
                || claims.getSubject() == null
                || !claims.getSubject().getValue().equals(site.clientId())) {
            return false;
        }
        if (claims.getJWTID() == null || claims.getExpirationTime() == null) {
            return false;
        }
        return store.useAssertion(new UsedAssertion(
                site.clientId(),
                claims.getJWTID().getValue(),
                claims.getExpirationTime().toInstant()));
    }
}
