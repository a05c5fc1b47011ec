package jp.mynaportal.agency.internal;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.security.SecureRandom;
import java.time.Instant;
import java.util.Collection;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import jp.mynaportal.access.CurrentCaller;
import jp.mynaportal.access.Roles;
import jp.mynaportal.agency.AgencyLinkService;
import jp.mynaportal.agency.model.Agency;
import jp.mynaportal.agency.model.AgencyLink;
import jp.mynaportal.agency.repository.AgencyRepository;

/**
 * Makes link codes at random (20 characters of Crockford's base32, 100 bits), one per agency and
 * resident, and resolves them for the calling agency only.
 */
@Stateless
public class DefaultAgencyLinkService implements AgencyLinkService {

    private static final char[] ALPHABET = "0123456789ABCDEFGHJKMNPQRSTVWXYZ".toCharArray();
    private static final SecureRandom RANDOM = new SecureRandom();

    @Inject
    private AgencyRepository agencies;

    @Inject
    private CurrentCaller caller;

    @Override
    @RolesAllowed(Roles.AGENCY)
    public Optional<String> resolve(String linkCode) {
        if (linkCode == null || linkCode.length() > 40) {
            return Optional.empty();
        }
        String agency = caller.actor().residentId();
        return agencies.findLink(agency, linkCode).map(AgencyLink::getResidentId);
    }

    @Override
    @RolesAllowed(Roles.AGENCY)
    public Map<String, String> resolveAll(Collection<String> linkCodes) {
        String agency = caller.actor().residentId();
        return agencies
                .findLinks(
                        agency,
                        linkCodes.stream()
                                .filter(c -> c != null && c.length() <= 40)
                                .toList())
                .stream()
                .collect(Collectors.toMap(AgencyLink::getLinkCode, AgencyLink::getResidentId));
    }

    @Override
    @PermitAll
    public void linkWithEveryAgency(String residentId) {
        for (Agency agency : agencies.findAll()) {
            linkCode(agency.getCode(), residentId);
        }
    }

    @Override
    @PermitAll
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
