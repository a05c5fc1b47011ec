package jp.mynaportal.connect;

/** What the portal makes of a site's authentication request before the resident sees anything. */
public sealed interface AuthorizationCheck {

    /** Why a request is refused on the portal's own page (never sent back to an unverified address). */
    enum Reason {
        /** No registered site has this client id. */
        UNKNOWN_SITE,
        /** The redirect URI is missing or not one the site registered, character for character. */
        WRONG_REDIRECT_URI
    }

    /** Refused on the portal's own page: the request cannot be answered to the site safely. */
    record Refused(Reason reason) implements AuthorizationCheck {}

    /** Answered to the site at its registered redirect URI with an OAuth error. */
    record ErrorRedirect(String location, String error) implements AuthorizationCheck {}

    /** Accepted: the resident logs in and is asked for consent. */
    record Accepted(PendingAuthorization pending, LocalizedText siteName) implements AuthorizationCheck {}
}
