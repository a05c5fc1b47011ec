package jp.mynaportal.access;

import java.util.Objects;

/**
 * The resident whose data a request touches.
 *
 * @param residentId the resident
 * @param lgCode the municipality responsible for this data (the resident's own, or the one an
 *     application is addressed to), or null where no rule needs it
 * @param agencyCode the agency responsible for this data (the health insurer a 健康保険証
 *     registration is addressed to), or null where no agency is
 */
public record Subject(String residentId, String lgCode, String agencyCode) {

    public Subject {
        Objects.requireNonNull(residentId, "residentId");
    }

    /** A subject for which no agency is responsible. */
    public Subject(String residentId, String lgCode) {
        this(residentId, lgCode, null);
    }

    /** The resident's data that an agency is responsible for. */
    public static Subject heldBy(String residentId, String agencyCode) {
        return new Subject(residentId, null, Objects.requireNonNull(agencyCode, "agencyCode"));
    }

    public static Subject resident(String residentId) {
        return new Subject(residentId, null);
    }
}
