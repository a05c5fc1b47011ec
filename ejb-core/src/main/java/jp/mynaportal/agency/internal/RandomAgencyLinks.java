package jp.mynaportal.agency.internal;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.security.SecureRandom;
import java.time.Instant;
import jp.mynaportal.agency.AgencyLinks;
import jp.mynaportal.agency.model.Agency;
import jp.mynaportal.agency.model.AgencyLink;
import jp.mynaportal.agency.repository.AgencyRepository;

/**
 * Makes link codes at random (20 characters of Crockford's base32, 100 bits), one per agency and
 * resident, in the transaction of the service that asks (there must be one).
 */
@ApplicationScoped
@Transactional(Transactional.TxType.MANDATORY)
public class RandomAgencyLinks implements AgencyLinks {

    private static final char[] ALPHABET = "0123456789ABCDEFGHJKMNPQRSTVWXYZ".toCharArray();
    private static final SecureRandom RANDOM = new SecureRandom();

    @Inject
    private AgencyRepository agencies;

    @Override
    public void linkWithEveryAgency(String residentId) {
        for (Agency agency : agencies.findAll()) {
            linkCode(agency.getCode(), residentId);
        }
    }

    @Override
    public String linkCode(String agencyCode, String residentId) {
        return agencies.findLinkOfResident(agencyCode, residentId)
                .map(AgencyLink::getLinkCode)
                .orElseGet(() -> {
                    String code = newCode();
                    agencies.addLink(new AgencyLink(agencyCode, residentId, code, Instant.now()));
                    return code;
                });
    }

    static String newCode() {
        char[] code = new char[20];
        for (int i = 0; i < code.length; i++) {
            code[i] = ALPHABET[RANDOM.nextInt(ALPHABET.length)];
        }
        return new String(code);
    }
}
