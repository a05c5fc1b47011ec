package jp.mynaportal.access;

import java.util.Objects;
import java.util.Set;

/**
 * Who is at the keyboard: a resident, a 代理人 acting for a resident, or counter staff.
 *
 * @param residentId the actor's own resident id (the card that logged in)
 * @param roles the caller's groups ({@link Roles})
 * @param staffMunicipalities the municipalities the actor serves as counter staff
 * @param actingFor the resident a 代理人 (group {@link Roles#PROXY}) chose to act for, or null when
 *     the actor acts for themselves
 */
public record Actor(String residentId, Set<String> roles, Set<String> staffMunicipalities, String actingFor) {

    public Actor {
        Objects.requireNonNull(residentId, "residentId");
        roles = Set.copyOf(roles);
        staffMunicipalities = Set.copyOf(staffMunicipalities);
    }

    /** An actor acting for themselves. */
    public Actor(String residentId, Set<String> roles, Set<String> staffMunicipalities) {
        this(residentId, roles, staffMunicipalities, null);
    }

    public boolean hasRole(String role) {
        return roles.contains(role);
    }

    /** The actor acting for their own data. */
    public Subject self(String lgCode) {
        return new Subject(residentId, lgCode);
    }

    /**
     * Whose data the caller's request is about: the resident a 代理人 acts for, otherwise the actor
     * themselves. The access policy still decides whether the actor may reach it.
     */
    public Subject subject() {
        return actingFor == null ? self(null) : Subject.resident(actingFor);
    }

    /** Whether this is a 代理人 acting for someone else. */
    public boolean actsAsProxy() {
        return actingFor != null;
    }
}
