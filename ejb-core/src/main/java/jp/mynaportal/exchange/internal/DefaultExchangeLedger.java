package jp.mynaportal.exchange.internal;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jp.mynaportal.access.AccessPolicy;
import jp.mynaportal.access.Actor;
import jp.mynaportal.access.CurrentCaller;
import jp.mynaportal.access.Operation;
import jp.mynaportal.access.PortalService;
import jp.mynaportal.access.Roles;
import jp.mynaportal.access.Subject;
import jp.mynaportal.exchange.ExchangeEntry;
import jp.mynaportal.exchange.ExchangeLedger;

/**
 * Stores exchanges reported by the calling agency, if the access policy lets it record in the
 * resident's やりとり履歴; the agency is the caller, never a parameter.
 */
@Stateless
public class DefaultExchangeLedger implements ExchangeLedger {

    @Inject
    private ExchangeRecords records;

    @Inject
    private CurrentCaller caller;

    @Inject
    private AccessPolicy policy;

    @Override
    @RolesAllowed(Roles.AGENCY)
    public long record(ExchangeEntry entry) {
        Actor agency = caller.actor();
        policy.require(agency, Subject.resident(entry.residentId()), PortalService.EXCHANGE, Operation.WRITE);
        return records.store(entry, agency.residentId());
    }
}
