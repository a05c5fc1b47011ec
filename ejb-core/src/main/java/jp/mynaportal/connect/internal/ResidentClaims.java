package jp.mynaportal.connect.internal;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import jp.mynaportal.account.model.Resident;
import jp.mynaportal.account.model.UserAccount;
import jp.mynaportal.account.repository.AccountRepository;
import jp.mynaportal.connect.SiteClaim;

/** The values of the consented claims about a resident, as a site receives them. */
@ApplicationScoped
public class ResidentClaims {

    @Inject
    private AccountRepository accounts;

    /** Claim name to value; a claim without a value (no e-mail given) is left out. */
    Map<String, Object> of(String residentId, List<SiteClaim> claims) {
        Map<String, Object> values = new LinkedHashMap<>();
        Resident resident = accounts.findResident(residentId).orElse(null);
        UserAccount account = accounts.findAccount(residentId).orElse(null);
        for (SiteClaim claim : claims) {
            Object value = switch (claim) {
                case NAME -> resident == null ? null : resident.getFullName();
                case BIRTHDATE ->
                    resident == null ? null : resident.getBirthDate().toString();
                case ADDRESS -> resident == null ? null : Map.of("formatted", resident.getAddress());
                case NICKNAME -> account == null ? null : account.getNickname();
                case EMAIL -> account == null ? null : account.getEmail();
            };
            if (value != null) {
                values.put(claim.claim(), value);
            }
        }
        return values;
    }
}
