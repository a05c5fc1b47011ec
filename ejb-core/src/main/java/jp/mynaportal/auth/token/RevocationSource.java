package jp.mynaportal.auth.token;

import java.security.cert.X509CRL;
import java.security.cert.X509Certificate;

/** Where the current revocation list of a CA comes from. */
public interface RevocationSource {

    /**
     * The current CRL of the CA, its signature already checked against the CA's key.
     *
     * @throws jp.mynaportal.auth.LoginFailedException with {@code REVOCATION_UNAVAILABLE} if none is current
     */
    X509CRL currentCrl(X509Certificate issuer);
}
