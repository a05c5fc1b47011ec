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
import jp.mynaportal.usage.UsageRecorder;
import jp.mynaportal.usage.model.UsageAction;

/**
 * Stores exchanges reported by the calling agency: the agency's link code resolved to the resident
 * for that agency only, and the access policy asked whether it may record in the resident's
 * やりとり履歴, and the recording shown in the resident's 利用履歴 with the agency as actor; the
 * agency is the caller, never a parameter.
 */
@Stateless
public class DefaultExchangeLedger implements ExchangeLedger {

    /** The purpose of the 利用履歴 entry: the agency recorded an exchange it took part in. */
    static final String PURPOSE = "EXCHANGE_RECORD";

    @Inject
    private ExchangeRecords records;

    @Inject
    private AgencyLinkService links;

    @Inject
    private CurrentCaller caller;

    @Inject
    private AccessPolicy policy;

    @Inject
    private UsageRecorder usage;

    @Override
    @RolesAllowed(Roles.AGENCY)
    public Optional<Long> record(String linkCode, ExchangeEntry entry, String terminal) {
        Actor agency = caller.actor();
        return links.resolve(linkCode).map(residentId -> {
            Subject subject = Subject.resident(residentId);
            policy.require(agency, subject, PortalService.EXCHANGE, Operation.WRITE);
            long id = records.store(residentId, entry, agency.residentId());
            usage.onSubject(
                    subject,
                    PortalService.EXCHANGE,
                    Operation.WRITE,
                    UsageAction.EXCHANGE_RECORDED,
                    "SUCCESS",
                    terminal,
                    PURPOSE);
            return id;
        });
    }
}
