package jp.mynaportal.agency;

/**
 * Makes the pseudonymous link codes between residents and agencies, portal-internal: the services
 * call it for the resident their own data names (at 利用者登録, when an agency answers about one
 * application); it is not an EJB service, so no caller outside the portal's services reaches it,
 * and {@code ArchitectureTest} keeps the web tier off it. Resolving a code is {@link
 * AgencyLinkService}, for agencies.
 */
public interface AgencyLinks {

    /** Gives the resident a link code with every registered agency that has none yet. */
    void linkWithEveryAgency(String residentId);

    /** The agency's link code of the resident, made now if there is none. */
    String linkCode(String agencyCode, String residentId);
}
