package jp.mynaportal.usage.internal;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.util.List;
import jp.mynaportal.access.AccessPolicy;
import jp.mynaportal.access.Actor;
import jp.mynaportal.access.CurrentCaller;
import jp.mynaportal.access.Operation;
import jp.mynaportal.access.PortalService;
import jp.mynaportal.access.Roles;
import jp.mynaportal.access.Subject;
import jp.mynaportal.usage.UsageLogService;
import jp.mynaportal.usage.UsagePage;
import jp.mynaportal.usage.UsageQuery;
import jp.mynaportal.usage.UsageRecord;

/**
 * 利用履歴 for the caller: reading asks the access policy whether the caller may read the
 * subject's log, and the screen shows the caller's own. Writing is {@link ChainedUsageRecorder}'s;
 * this service only reads.
 */
@Stateless
public class DefaultUsageLogService implements UsageLogService {

    @Inject
    private UsageReads reads;

    @Inject
    private CurrentCaller caller;

    @Inject
    private AccessPolicy policy;

    @Override
    @RolesAllowed({Roles.RESIDENT, Roles.STAFF})
    public List<UsageRecord> recent(int limit) {
        Actor actor = caller.actor();
        Subject subject = actor.self(null);
        policy.require(actor, subject, PortalService.USAGE_LOG, Operation.READ);
        return reads.recent(subject.residentId(), limit);
    }

    @Override
    @RolesAllowed({Roles.RESIDENT, Roles.STAFF})
    public UsagePage history(UsageQuery query) {
        Actor actor = caller.actor();
        policy.require(actor, Subject.resident(actor.residentId()), PortalService.USAGE_LOG, Operation.READ);
        return reads.history(actor.residentId(), query);
    }
}
