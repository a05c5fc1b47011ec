package jp.mynaportal.usage;

import java.util.Objects;
import jp.mynaportal.usage.model.UsageAction;

/**
 * Something to record in the usage log: what the actor did to the subject's data.
 *
 * @param subject the resident whose data it concerned, or null when a failed login identified nobody
 * @param actor who acted: the resident, later a 代理人, or a staff member; null when unknown
 * @param actorOrganisation the local-government code of the municipality a staff actor works
 *     for, or null
 * @param result the outcome, e.g. {@code SUCCESS}, a reason of a failure, or a 受付番号
 * @param terminal where from
 * @param purpose why someone other than the resident looked at the resident's data (a code such as
 *     {@link #PURPOSE_APPLICATION_REVIEW}), or null
 */
public record UsageEvent(
        String subject,
        String actor,
        String actorOrganisation,
        UsageAction action,
        String result,
        String terminal,
        String purpose) {

    /** Staff examined an application at the counter inbox. */
    public static final String PURPOSE_APPLICATION_REVIEW = "APPLICATION_REVIEW";

    /** Purpose of a 代理人's act for the resident they act for (代理人による利用). */
    public static final String PURPOSE_PROXY = "PROXY";

    /** Purpose of an act of the portal itself, which nobody at a keyboard caused (a period that ran out). */
    public static final String PURPOSE_PORTAL = "PORTAL";

    /** Purpose of a connected site's act under the resident's consent (連携サイトからの配信). */
    public static final String PURPOSE_CONNECTED_SITE = "CONNECTED_SITE";

    public UsageEvent {
        Objects.requireNonNull(action, "action");
        Objects.requireNonNull(result, "result");
        Objects.requireNonNull(terminal, "terminal");
    }

    /** The resident acting on their own data. */
    public static UsageEvent byResident(String residentId, UsageAction action, String result, String terminal) {
        return new UsageEvent(residentId, residentId, null, action, result, terminal, null);
    }

    /** A staff member of municipality {@code lgCode} acting on a resident's data for {@code purpose}. */
    public static UsageEvent byStaff(
            String residentId,
            String staffId,
            String lgCode,
            UsageAction action,
            String result,
            String terminal,
            String purpose) {
        return new UsageEvent(
                residentId,
                Objects.requireNonNull(staffId, "staffId"),
                Objects.requireNonNull(lgCode, "lgCode"),
                action,
                result,
                terminal,
                purpose);
    }
}
