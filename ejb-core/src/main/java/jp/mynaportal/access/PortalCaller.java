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
    private final String actingFor;

    public PortalCaller(String residentId, Set<String> groups, List<String> staffMunicipalities) {
        this(residentId, groups, staffMunicipalities, null);
    }

    /**
     * @param actingFor the resident a 代理人 chose to act for (the caller then has the group {@link
     *     Roles#PROXY} only), or null
     */
    public PortalCaller(String residentId, Set<String> groups, List<String> staffMunicipalities, String actingFor) {
        super(residentId);
        this.groups = Set.copyOf(groups);
        this.staffMunicipalities = List.copyOf(staffMunicipalities);
        this.actingFor = actingFor;
    }

    /** The groups ({@link Roles}) the caller was authenticated with. */
    public Set<String> groups() {
        return groups;
    }

    /** The caller as the actor of a request. */
    public Actor actor() {
        return new Actor(getName(), groups, Set.copyOf(staffMunicipalities), actingFor);
    }

    public String residentId() {
        return getName();
    }

    /** The resident a 代理人 acts for, or null. */
    public String actingFor() {
        return actingFor;
    }

    public List<String> staffMunicipalities() {
        return staffMunicipalities;
    }
}
