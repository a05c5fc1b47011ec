package jp.mynaportal.auth;

/**
 * Every way a login can end. Each failure has its own message (bundle key {@link #messageKey()}),
 * so that a resident learns what to do, and its own entry in the usage log.
 */
public enum LoginOutcome {
    /** Logged in. */
    SUCCESS,
    /** The PIN was wrong; some tries are left. */
    WRONG_PIN,
    /** The PIN is blocked (3 wrong entries); a municipal counter must unblock it. */
    CARD_LOCKED,
    /** The PIN is not 4 digits; no try was spent. */
    PIN_FORMAT,
    /** No card in the reader. */
    NO_CARD,
    /** The card left the reader, or the reader failed. */
    CARD_ERROR,
    /** Every reader stayed busy. */
    READERS_BUSY,
    /** The operator did not enable this node's card readers for the terminal that asked. */
    READER_NOT_ENABLED,
    /** The token is shorter or longer than a token can be, or not a JSON object. */
    TOKEN_MALFORMED,
    /** The token's format is not Web eID 1. */
    TOKEN_FORMAT_UNKNOWN,
    /** The signature algorithm is none, or one the portal does not accept. */
    ALGORITHM_UNSUPPORTED,
    /** The token carries no certificate. */
    CERTIFICATE_MISSING,
    /** The certificate is not base64 or not an X.509 certificate. */
    CERTIFICATE_UNREADABLE,
    /** The signature does not verify for this origin and challenge with this certificate. */
    SIGNATURE_INVALID,
    /** The certificate may not be used for authentication (no digitalSignature key usage). */
    CERTIFICATE_WRONG_KEY_USAGE,
    /** The certificate has expired. */
    CERTIFICATE_EXPIRED,
    /** The certificate is not valid yet. */
    CERTIFICATE_NOT_YET_VALID,
    /** The certificate was not issued by a trusted authentication CA. */
    CERTIFICATE_UNTRUSTED,
    /** The certificate is on the CA's revocation list. */
    CERTIFICATE_REVOKED,
    /** No current revocation list could be read, so the certificate cannot be accepted. */
    REVOCATION_UNAVAILABLE,
    /** The challenge was never issued to this session. */
    CHALLENGE_UNKNOWN,
    /** The challenge was used before. */
    CHALLENGE_REPLAYED,
    /** The challenge is older than five minutes. */
    CHALLENGE_EXPIRED,
    /** A valid certificate that belongs to no resident the portal knows. */
    RESIDENT_UNKNOWN,
    /** A スマートフォンでログイン request whose browser session ended before the phone confirmed it. */
    REQUEST_ENDED;

    /** The message bundle key of the text shown to the user. */
    public String messageKey() {
        return "auth.outcome." + name();
    }

    public boolean isSuccess() {
        return this == SUCCESS;
    }
}
