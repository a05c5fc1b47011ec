package jp.mynaportal.usage.internal;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.Clock;
import java.util.List;
import java.util.Set;
import java.util.logging.Logger;
import jp.mynaportal.municipality.model.Municipality;
import jp.mynaportal.municipality.repository.MunicipalityRepository;
import jp.mynaportal.usage.UsageEvent;
import jp.mynaportal.usage.UsageKind;
import jp.mynaportal.usage.UsageLogService;
import jp.mynaportal.usage.UsagePage;
import jp.mynaportal.usage.UsageQuery;
import jp.mynaportal.usage.UsageRecord;
import jp.mynaportal.usage.model.UsageAction;
import jp.mynaportal.usage.model.UsageLogEntry;
import jp.mynaportal.usage.repository.UsageLogRepository;

/** Appends to the usage log's chain and logs each entry to the server log as well. */
@Stateless
public class DefaultUsageLogService implements UsageLogService {

    private static final Logger LOG = Logger.getLogger(DefaultUsageLogService.class.getName());

    @Inject
    private UsageLogRepository repository;

    @Inject
    private MunicipalityRepository municipalities;

    private final Clock clock = Clock.systemUTC();

    @Override
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
    public void record(String residentId, UsageAction action, String result, String terminal) {
        record(UsageEvent.byResident(residentId, action, result, terminal));
    }

    @Override
    public List<UsageRecord> recent(String residentId, int limit) {
        return repository.findByResident(residentId, limit).stream()
                .map(this::toRecord)
                .toList();
    }

    @Override
    public UsagePage history(String personId, UsageQuery query) {
        Set<UsageAction> actions = UsageKind.actionsOf(query.kinds());
        List<UsageRecord> records = repository
                .findByPerson(
                        personId, query.from(), query.to(), actions, query.page() * query.pageSize(), query.pageSize())
                .stream()
                .map(this::toRecord)
                .toList();
        long total = repository.countByPerson(personId, query.from(), query.to(), actions);
        return new UsagePage(records, total, query.page(), query.pageSize());
    }

    private UsageRecord toRecord(UsageLogEntry entry) {
        String organisation = entry.getActorOrganisation();
        return new UsageRecord(
                entry.getChainSeq(),
                entry.getOccurredAt(),
                entry.getResidentId(),
                entry.getActorId(),
                organisation,
                organisation == null
                        ? null
                        : municipalities
                                .findByLgCode(organisation)
                                .map(Municipality::getName)
                                .orElse(organisation),
                entry.getAction(),
                entry.getResult(),
                entry.getTerminal(),
                entry.getPurpose());
    }
}
