package jp.mynaportal.auth;

import java.io.Serializable;
import java.util.List;
import java.util.Set;

/**
 * Who a redeemed login ticket names, for the authentication mechanism to hand to the container.
 *
 * @param residentId the resident the card's certificate belongs to
 * @param nickname the registered nickname, or null before 利用者登録
 * @param groups the caller's groups ({@link jp.mynaportal.access.Roles})
 * @param staffMunicipalities the municipalities (local-government codes) whose counter staff this person is
 * @param certificate the login certificate (base64 DER) the session was opened with, for {@link
 *     AuthenticationService#certificateRevoked}; null when the login named none (a renewed ticket)
 */
public record LoginIdentity(
        String residentId, String nickname, Set<String> groups, List<String> staffMunicipalities, String certificate)
        implements Serializable {

    public LoginIdentity {
        groups = Set.copyOf(groups);
        staffMunicipalities = List.copyOf(staffMunicipalities);
    }

    /** An identity that names no login certificate. */
    public LoginIdentity(String residentId, String nickname, Set<String> groups, List<String> staffMunicipalities) {
        this(residentId, nickname, groups, staffMunicipalities, null);
    }

    /** Whether 利用者登録 is done; until then only the registration screen is open. */
    public boolean registered() {
        return nickname != null;
    }
}
