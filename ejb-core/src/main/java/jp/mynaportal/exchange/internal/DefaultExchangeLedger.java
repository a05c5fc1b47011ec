package jp.mynaportal.exchange.internal;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.util.Optional;
import jp.mynaportal.access.AccessPolicy;
import jp.mynaportal.access.Actor;
import jp.mynaportal.access.CurrentCaller;
import jp.mynaportal.access.Operation;
import jp.mynaportal.access.PortalService;
import jp.mynaportal.access.Roles;
import jp.mynaportal.access.Subject;
import jp.mynaportal.agency.AgencyLinkService;
import jp.mynaportal.exchange.ExchangeEntry;
import jp.mynaportal.exchange.ExchangeLedger;

/**
 * Stores exchanges reported by the calling agency: the agency's link code resolved to the resident
 * for that agency only, and the access policy asked whether it may record in the resident's
 * やりとり履歴; the agency is the caller, never a parameter.
 */
@Stateless
public class DefaultExchangeLedger implements ExchangeLedger {

    @Inject
    private ExchangeRecords records;

    @Inject
    private AgencyLinkService links;

    @Inject
    private CurrentCaller caller;

    @Inject
    private AccessPolicy policy;

    @Override
    @RolesAllowed(Roles.AGENCY)
    public Optional<Long> record(String linkCode, ExchangeEntry entry) {
        Actor agency = caller.actor();
        return links.resolve(linkCode).map(residentId -> {
            policy.require(agency, Subject.resident(residentId), PortalService.EXCHANGE, Operation.WRITE);
            return records.store(residentId, entry, agency.residentId());
        });
    }
}
