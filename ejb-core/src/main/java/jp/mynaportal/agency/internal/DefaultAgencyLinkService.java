package jp.mynaportal.agency.internal;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.util.Collection;
import java.util.Map;
import java.util.Optional;
import jp.mynaportal.access.CurrentCaller;
import jp.mynaportal.access.Roles;
import jp.mynaportal.agency.AgencyLinkService;
import jp.mynaportal.agency.model.AgencyLink;
import jp.mynaportal.agency.repository.AgencyRepository;

/** Resolves link codes for the calling agency only ({@link RandomAgencyLinks} makes them). */
@Stateless
public class DefaultAgencyLinkService implements AgencyLinkService {

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
        return agencies.findResidentsByLinkCode(
                agency,
                linkCodes.stream().filter(c -> c != null && c.length() <= 40).toList());
    }
}
