package jp.mynaportal.usage;

import java.time.Instant;
import jp.mynaportal.usage.model.UsageAction;

/**
 * One entry of the usage log as views read it.
 *
 * @param id the entry's number (unique; numbered as written, so larger on one node means later)
 * @param subject whose data it concerned
 * @param actor who acted
 * @param actorOrganisation the local-government code of the municipality a staff actor works for, or null
 * @param actorOrganisationName that municipality's name (e.g. 千代田区), or null
 * @param purpose why someone else looked at the subject's data, or null
 * @param actorName the name of a 代理人 who acted for the subject, or null
 * @param subjectName the name of the resident a 代理人 acted for, or null
 */
public record UsageRecord(
        long id,
        Instant occurredAt,
        String subject,
        String actor,
        String actorOrganisation,
        String actorOrganisationName,
        UsageAction action,
        String result,
        String terminal,
        String purpose,
        String actorName,
        String subjectName) {

    /** An entry without names of the people in it. */
    public UsageRecord(
            long id,
            Instant occurredAt,
            String subject,
            String actor,
            String actorOrganisation,
            String actorOrganisationName,
            UsageAction action,
            String result,
            String terminal,
            String purpose) {
        this(
                id,
                occurredAt,
                subject,
                actor,
                actorOrganisation,
                actorOrganisationName,
                action,
                result,
                terminal,
                purpose,
                null,
                null);
    }

    /** Whether a 代理人 acted for the subject. */
    public boolean byProxy() {
        return byOther() && UsageEvent.PURPOSE_PROXY.equals(purpose);
    }

    /** Whether someone other than the subject acted (staff, later a 代理人). */
    public boolean byOther() {
        return actor != null && !actor.equals(subject);
    }
}
