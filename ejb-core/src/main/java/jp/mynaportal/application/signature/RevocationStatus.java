package jp.mynaportal.application.signature;

/** What the issuing CA's current CRL says about a signer certificate, relative to the signing time. */
public enum RevocationStatus {
    /** The certificate is not on the CRL. */
    NOT_REVOKED,
    /** The certificate was revoked after the signing time: the signature was made while it was valid. */
    REVOKED_AFTER_SIGNING,
    /** The certificate was revoked at or before the signing time. */
    REVOKED_BEFORE_SIGNING,
    /** No current CRL was available. */
    UNKNOWN,
    /** Not checked, because the signature or its certificate path could not be established. */
    NOT_CHECKED;

    /** Whether the certificate was not revoked at the signing time. */
    public boolean validAtSigningTime() {
        return this == NOT_REVOKED || this == REVOKED_AFTER_SIGNING;
    }
}
