package jp.mynaportal.agency;

/** Why the portal refused an agency request's signature. */
public enum AgencyRefusal {
    /** No signature, or not a compact JWS with the required header and claims. */
    MALFORMED,
    /** The issuer is no registered agency. */
    UNKNOWN_AGENCY,
    /** The key id names no current certificate of that agency. */
    UNKNOWN_KEY,
    /** The signature does not verify with the certificate's key. */
    BAD_SIGNATURE,
    /** Signed for another method or another path. */
    WRONG_REQUEST,
    /** Its lifetime is over, or longer than the portal allows. */
    EXPIRED,
    /** Issued in the future. */
    NOT_YET_VALID,
    /** Its single-use id was used before. */
    REPLAYED,
    /** The body is not the one that was signed. */
    BODY_MISMATCH
}
