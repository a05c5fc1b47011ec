package jp.mynaportal.usage.internal;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.List;
import java.util.logging.Logger;
import jp.mynaportal.usage.UsageLogService;
import jp.mynaportal.usage.model.UsageAction;
import jp.mynaportal.usage.model.UsageLogEntry;
import jp.mynaportal.usage.repository.UsageLogRepository;

/** Appends to the usage log and logs each authentication decision to the server log as well. */
@Stateless
public class DefaultUsageLogService implements UsageLogService {

    private static final Logger LOG = Logger.getLogger(DefaultUsageLogService.class.getName());

    @Inject
    private UsageLogRepository repository;

    @Override
    public void record(String residentId, UsageAction action, String result, String terminal) {
        repository.append(new UsageLogEntry(Instant.now(), residentId, action, result, terminal));
        LOG.info(() -> action + " " + result + " resident=" + residentId + " terminal=" + terminal);
    }

    @Override
    public List<UsageLogEntry> recent(String residentId, int limit) {
        return repository.findByResident(residentId, limit);
    }
}
