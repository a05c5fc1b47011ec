package jp.mynaportal.pki;

import java.security.cert.X509CRL;
import java.security.cert.X509Certificate;

/** Where the current revocation list of a CA comes from. */
public interface CrlSource {

    /**
     * The current CRL of the CA, its signature already checked against the CA's key.
     *
     * @throws RevocationUnavailableException if no current CRL of that CA can be had
     */
    X509CRL currentCrl(X509Certificate issuer);
}
