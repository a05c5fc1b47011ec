package jp.mynaportal.pki;

/**
 * No current CRL of a CA can be had (none configured, unreadable, out of date, or not signed by the
 * CA), so whether a certificate is revoked is unknown; callers fail closed.
 */
public class RevocationUnavailableException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public RevocationUnavailableException(String message) {
        super(message);
    }

    public RevocationUnavailableException(String message, Throwable cause) {
        super(message, cause);
    }
}
