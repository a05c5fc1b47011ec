package jp.mynaportal.agency;

import java.util.Objects;

/**
 * The outcome of checking an agency request's signature: the agency it authenticates and the body
 * digest it signed, or why it was refused.
 *
 * @param agencyCode the authenticated agency, or null when refused
 * @param bodySha256 the SHA-256 of the body the agency signed (base64url without padding), or null
 * @param refusal why it was refused, or null when accepted
 */
public record AgencyVerdict(String agencyCode, String bodySha256, AgencyRefusal refusal) {

    public static AgencyVerdict accepted(String agencyCode, String bodySha256) {
        return new AgencyVerdict(
                Objects.requireNonNull(agencyCode, "agencyCode"),
                Objects.requireNonNull(bodySha256, "bodySha256"),
                null);
    }

    public static AgencyVerdict refused(AgencyRefusal refusal) {
        return new AgencyVerdict(null, null, Objects.requireNonNull(refusal, "refusal"));
    }

    public boolean isAccepted() {
        return refusal == null;
    }
}
