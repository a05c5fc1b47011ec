package jp.mynaportal.auth;

import java.io.Serializable;
import java.time.Instant;
import java.util.List;

/**
 * Who is logged in, as the session keeps it.
 *
 * @param residentId the resident the card's certificate belongs to
 * @param nickname the registered nickname, or null before 利用者登録
 * @param staffMunicipalities the municipalities (local-government codes) whose counter staff this person is
 * @param loggedInAt when the login succeeded, for the absolute session timeout
 */
public record SignedInUser(String residentId, String nickname, List<String> staffMunicipalities, Instant loggedInAt)
        implements Serializable {

    public SignedInUser {
        staffMunicipalities = List.copyOf(staffMunicipalities);
    }

    /** Whether 利用者登録 is done; until then only the registration screen is open. */
    public boolean registered() {
        return nickname != null;
    }

    public boolean staff() {
        return !staffMunicipalities.isEmpty();
    }

    public SignedInUser withNickname(String newNickname) {
        return new SignedInUser(residentId, newNickname, staffMunicipalities, loggedInAt);
    }
}
