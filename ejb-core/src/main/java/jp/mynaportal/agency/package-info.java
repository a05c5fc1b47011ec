/**
 * The agency side of the portal: the registry of agencies ({@link
 * jp.mynaportal.agency.AgencyDirectory}), the authentication of their signed API requests ({@link
 * jp.mynaportal.agency.AgencyAuthenticationService}, requests signed with {@link
 * jp.mynaportal.agency.AgencyRequestSigner}), and the pseudonymous link codes that identify a
 * resident to one agency ({@link jp.mynaportal.agency.AgencyLinkService}). An authenticated agency
 * is a caller in group {@code AGENCY} whose name is the agency code; the functions that accept data
 * from agencies read it from {@code CurrentCaller} and decide through the access policy.
 */
package jp.mynaportal.agency;
