package jp.mynaportal.connect.internal;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JOSEObjectType;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jwt.SignedJWT;
import com.nimbusds.oauth2.sdk.ParseException;
import com.nimbusds.oauth2.sdk.id.Audience;
import com.nimbusds.oauth2.sdk.id.Issuer;
import com.nimbusds.oauth2.sdk.id.Subject;
import com.nimbusds.openid.connect.sdk.Nonce;
import com.nimbusds.openid.connect.sdk.claims.IDTokenClaimsSet;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.Map;

/** Signs ID tokens with the current signing key (RS256, its {@code kid} in the header). */
@ApplicationScoped
public class IdTokens {

    @Inject
    private SigningKeys keys;

    /**
     * An ID token for a site about a subject.
     *
     * @param claims the consented claims' values
     */
    SignedJWT issue(
            String issuer,
            String clientId,
            String subject,
            String nonce,
            Instant authTime,
            Map<String, Object> claims,
            Instant now,
            Duration lifetime) {
        IDTokenClaimsSet set = new IDTokenClaimsSet(
                new Issuer(issuer),
                new Subject(subject),
                List.of(new Audience(clientId)),
                Date.from(now.plus(lifetime)),
                Date.from(now));
        set.setAuthenticationTime(Date.from(authTime));
        if (nonce != null) {
            set.setNonce(new Nonce(nonce));
        }
        claims.forEach(set::setClaim);
        RSAKey key = keys.current();
        try {
            SignedJWT jwt = new SignedJWT(
                    new JWSHeader.Builder(JWSAlgorithm.RS256)
                            .keyID(key.getKeyID())
                            .type(JOSEObjectType.JWT)
                            .build(),
                    set.toJWTClaimsSet());
            jwt.sign(new RSASSASigner(key));
            return jwt;
        } catch (ParseException | JOSEException e) {
            throw new IllegalStateException("Cannot sign an ID token", e);
        }
    }
}
