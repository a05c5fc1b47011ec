package jp.mynaportal.pki;

/** A certificate that does not lead to a trusted CA at the time asked about, with the reason. */
public class CertificatePathException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    /** Why the path failed. */
    public enum Reason {
        /** The certificate's notAfter is before the time asked about. */
        CERTIFICATE_EXPIRED,
        /** The certificate's notBefore is after the time asked about. */
        CERTIFICATE_NOT_YET_VALID,
        /** No PKIX path leads to one of the trusted CA certificates. */
        UNTRUSTED,
        /** The path leads to a trusted CA whose own certificate is expired or not yet valid then. */
        CA_NOT_VALID
    }

    private final Reason reason;

    public CertificatePathException(Reason reason, String message) {
        super(message);
        this.reason = reason;
    }

    public CertificatePathException(Reason reason, String message, Throwable cause) {
        super(message, cause);
        this.reason = reason;
    }

    public Reason reason() {
        return reason;
    }
}
