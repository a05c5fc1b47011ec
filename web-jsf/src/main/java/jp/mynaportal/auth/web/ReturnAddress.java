package jp.mynaportal.auth.web;

import java.util.regex.Pattern;

/** Where to go after the login: only a page of this portal, never another site (no open redirect). */
final class ReturnAddress {

    private static final Pattern LOCAL_PAGE = Pattern.compile("/[A-Za-z0-9/_-]+\\.xhtml(\\?[A-Za-z0-9=&_%.-]*)?");

    private ReturnAddress() {}

    /** The address if it is a local page, else null. */
    static String sanitize(String next) {
        return next != null && next.length() <= 500 && LOCAL_PAGE.matcher(next).matches() && !next.startsWith("//")
                ? next
                : null;
    }
}
