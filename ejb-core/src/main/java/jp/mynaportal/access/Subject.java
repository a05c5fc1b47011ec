package jp.mynaportal.access;

import java.util.Objects;

/**
 * The resident whose data a request touches.
 *
 * @param residentId the resident
 * @param lgCode the municipality responsible for this data (the resident's own, or the one an
 *     application is addressed to), or null where no rule needs it
 */
public record Subject(String residentId, String lgCode) {

    public Subject {
        Objects.requireNonNull(residentId, "residentId");
    }

    public static Subject resident(String residentId) {
        return new Subject(residentId, null);
    }
}
