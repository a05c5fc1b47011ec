package jp.mynaportal.auth;

import java.util.List;

/**
 * The municipalities whose counter a resident serves as staff, which login turns into the staff
 * role. The counter function answers.
 */
public interface StaffMemberships {

    /** The local-government codes, each once; empty for a resident who is not staff. */
    List<String> municipalitiesOf(String residentId);
}
