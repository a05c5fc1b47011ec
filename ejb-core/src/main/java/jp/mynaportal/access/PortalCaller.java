package jp.mynaportal.access;

import jakarta.security.enterprise.CallerPrincipal;
import java.util.List;
import java.util.Set;

/**
 * The authenticated caller: its name is the resident id of the card that logged in; it carries the
 * groups the authentication mechanism gave it and, for staff, the municipalities (local-government
 * codes) they serve. Only the authentication mechanism makes one, after the login service redeemed
 * its single-use login ticket.
 */
public class PortalCaller extends CallerPrincipal {

    private static final long serialVersionUID = 1L;

    private final Set<String> groups;
    private final List<String> staffMunicipalities;

    public PortalCaller(String residentId, Set<String> groups, List<String> staffMunicipalities) {
        super(residentId);
        this.groups = Set.copyOf(groups);
        this.staffMunicipalities = List.copyOf(staffMunicipalities);
    }

    /** The groups ({@link Roles}) the caller was authenticated with. */
    public Set<String> groups() {
        return groups;
    }

    /** The caller as the actor of a request. */
    public Actor actor() {
        return new Actor(getName(), groups, Set.copyOf(staffMunicipalities));
    }

    public String residentId() {
        return getName();
    }

    public List<String> staffMunicipalities() {
        return staffMunicipalities;
    }
}
