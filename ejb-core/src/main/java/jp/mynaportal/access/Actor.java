package jp.mynaportal.access;

import java.util.Objects;
import java.util.Set;

/**
 * Who is at the keyboard: a resident, later a 代理人, or counter staff.
 *
 * @param residentId the actor's own resident id (the card that logged in)
 * @param roles the caller's groups ({@link Roles})
 * @param staffMunicipalities the municipalities the actor serves as counter staff
 */
public record Actor(String residentId, Set<String> roles, Set<String> staffMunicipalities) {

    public Actor {
        Objects.requireNonNull(residentId, "residentId");
        roles = Set.copyOf(roles);
        staffMunicipalities = Set.copyOf(staffMunicipalities);
    }

    public boolean hasRole(String role) {
        return roles.contains(role);
    }

    /** The actor acting for their own data: today the subject of every resident request. */
    public Subject self(String lgCode) {
        return new Subject(residentId, lgCode);
    }
}
