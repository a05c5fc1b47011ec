package jp.mynaportal.usage.internal;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.List;
import java.util.logging.Logger;
import jp.mynaportal.access.AccessPolicy;
import jp.mynaportal.access.CurrentCaller;
import jp.mynaportal.access.Operation;
import jp.mynaportal.access.PortalService;
import jp.mynaportal.access.Roles;
import jp.mynaportal.access.Subject;
import jp.mynaportal.usage.UsageLogService;
import jp.mynaportal.usage.model.UsageAction;
import jp.mynaportal.usage.model.UsageLogEntry;
import jp.mynaportal.usage.repository.UsageLogRepository;

/**
 * Appends to the usage log and logs each authentication decision to the server log as well.
 * Appending is open to every service (a failed login has no caller yet); reading asks the access
 * policy whether the caller may read the subject's log.
 */
@Stateless
public class DefaultUsageLogService implements UsageLogService {

    private static final Logger LOG = Logger.getLogger(DefaultUsageLogService.class.getName());

    @Inject
    private UsageLogRepository repository;

    @Inject
    private CurrentCaller caller;

    @Inject
    private AccessPolicy policy;

    @Override
    @PermitAll
    public void record(String residentId, UsageAction action, String result, String terminal) {
        repository.append(new UsageLogEntry(Instant.now(), residentId, action, result, terminal));
        LOG.info(() -> action + " " + result + " resident=" + residentId + " terminal=" + terminal);
    }

    @Override
    @RolesAllowed(Roles.RESIDENT)
    public List<UsageLogEntry> recent(String residentId, int limit) {
        policy.require(caller.actor(), Subject.resident(residentId), PortalService.USAGE_LOG, Operation.READ);
        return repository.findByResident(residentId, limit);
    }
}
