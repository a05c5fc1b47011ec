package jp.mynaportal.access;

/**
 * The groups a caller can have, which are also the security roles of the services and pages (the
 * deployment descriptors map each group to the role of the same name).
 */
public final class Roles {

    /** A resident who has finished 利用者登録. */
    public static final String RESIDENT = "RESIDENT";

    /** A card holder who logged in but has not finished 利用者登録: only the registration is open. */
    public static final String REGISTRANT = "REGISTRANT";

    /** Counter staff of one or more municipalities (the codes are on {@link PortalCaller}). */
    public static final String STAFF = "STAFF";

    /** A 代理人 acting for a resident (issue 16). */
    public static final String PROXY = "PROXY";

    /** An agency calling the portal's API. */
    public static final String AGENCY = "AGENCY";

    private Roles() {}
}
