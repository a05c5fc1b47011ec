package jp.mynaportal.usage.internal;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.Clock;
import java.util.List;
import java.util.logging.Logger;
import jp.mynaportal.access.AccessPolicy;
import jp.mynaportal.access.Actor;
import jp.mynaportal.access.CurrentCaller;
import jp.mynaportal.access.Operation;
import jp.mynaportal.access.PortalService;
import jp.mynaportal.access.Roles;
import jp.mynaportal.access.Subject;
import jp.mynaportal.usage.UsageEvent;
import jp.mynaportal.usage.UsageLogService;
import jp.mynaportal.usage.UsagePage;
import jp.mynaportal.usage.UsageQuery;
import jp.mynaportal.usage.UsageRecord;
import jp.mynaportal.usage.model.UsageAction;
import jp.mynaportal.usage.model.UsageLogEntry;
import jp.mynaportal.usage.repository.UsageLogRepository;

/**
 * Appends to the usage log's chain and logs each entry to the server log as well. Appending is open
 * to every service (a failed login has no caller yet); reading asks the access policy whether the
 * caller may read the subject's log, and 利用履歴 shows the caller's own.
 */
@Stateless
public class DefaultUsageLogService implements UsageLogService {

    private static final Logger LOG = Logger.getLogger(DefaultUsageLogService.class.getName());

    @Inject
    private UsageLogRepository repository;

    @Inject
    private UsageReads reads;

    @Inject
    private CurrentCaller caller;

    @Inject
    private AccessPolicy policy;

    private final Clock clock = Clock.systemUTC();

    @Override
    @PermitAll
    public void record(UsageEvent event) {
        repository.append(new UsageLogEntry(
                clock.instant(),
                event.subject(),
                event.actor(),
                event.actorOrganisation(),
                event.action(),
                event.result(),
                event.terminal(),
                event.purpose()));
        LOG.info(() -> event.action() + " " + event.result() + " subject=" + event.subject() + " actor=" + event.actor()
                + " terminal=" + event.terminal());
    }

    @Override
    @PermitAll
    public void record(String residentId, UsageAction action, String result, String terminal) {
        record(UsageEvent.byResident(residentId, action, result, terminal));
    }

    @Override
    @RolesAllowed({Roles.RESIDENT, Roles.STAFF})
    public List<UsageRecord> recent(String residentId, int limit) {
        policy.require(caller.actor(), Subject.resident(residentId), PortalService.USAGE_LOG, Operation.READ);
        return reads.recent(residentId, limit);
    }

    @Override
    @RolesAllowed({Roles.RESIDENT, Roles.STAFF})
    public UsagePage history(UsageQuery query) {
        Actor actor = caller.actor();
        policy.require(actor, Subject.resident(actor.residentId()), PortalService.USAGE_LOG, Operation.READ);
        return reads.history(actor.residentId(), query);
    }
}
