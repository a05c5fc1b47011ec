package jp.mynaportal.auth;

import java.security.cert.X509Certificate;
import java.util.Optional;

/**
 * Who the portal knows behind a login certificate. Login asks, the account function (the resident
 * registry) answers, so that login does not depend on how residents are stored.
 */
public interface CertificateHolders {

    /** The resident the certificate (its issuer and serial number) belongs to. */
    Optional<String> residentOf(X509Certificate certificate);

    /** The resident's nickname, once they completed 利用者登録. */
    Optional<String> nickname(String residentId);
}
