package jp.mynaportal.application.signature;

/** Why a signature of an application is not valid, one value per check that failed. */
public enum SignatureFailure {
    /** The bytes are not a CMS SignedData with attached content, one signer and its certificate. */
    UNREADABLE,
    /** The signature does not verify with the signer certificate's key over the content it carries. */
    SIGNATURE_INVALID,
    /** The signed content differs from the application's canonical bytes as they are now. */
    CONTENT_MISMATCH,
    /** The signing-time or the signing-certificate-v2 attribute is missing or unreadable. */
    SIGNED_ATTRIBUTE_MISSING,
    /** The signing-certificate-v2 attribute names another certificate than the one included. */
    SIGNING_CERTIFICATE_MISMATCH,
    /** The certificate lacks the nonRepudiation key usage of a signing certificate. */
    WRONG_KEY_USAGE,
    /** The certificate was expired or not yet valid at the signing time. */
    CERTIFICATE_NOT_VALID_AT_SIGNING_TIME,
    /** No certificate path leads to a trusted signing CA. */
    CERTIFICATE_UNTRUSTED,
    /** The certificate had been revoked at or before the signing time. */
    CERTIFICATE_REVOKED,
    /** No current CRL of the issuing CA could be had, so revocation is unknown. */
    REVOCATION_UNKNOWN,
    /** The SubjectAltName does not carry the signer's name, address, birth date and sex. */
    SIGNER_FACTS_UNREADABLE
}
