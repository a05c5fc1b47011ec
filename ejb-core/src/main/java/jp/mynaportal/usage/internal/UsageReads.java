package jp.mynaportal.usage.internal;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Set;
import jp.mynaportal.municipality.model.Municipality;
import jp.mynaportal.municipality.repository.MunicipalityRepository;
import jp.mynaportal.usage.UsageEvent;
import jp.mynaportal.usage.UsageKind;
import jp.mynaportal.usage.UsagePage;
import jp.mynaportal.usage.UsageQuery;
import jp.mynaportal.usage.UsageRecord;
import jp.mynaportal.usage.model.UsageAction;
import jp.mynaportal.usage.model.UsageLogEntry;
import jp.mynaportal.usage.repository.UsageLogRepository;

/**
 * Reads the usage log as records: a person's latest entries and a filtered page of them, with a
 * staff actor's municipality named. It decides nothing about who may read: the service asks the
 * access policy first.
 */
@ApplicationScoped
public class UsageReads {

    @Inject
    private UsageLogRepository repository;

    @Inject
    private MunicipalityRepository municipalities;

    /** A resident's latest entries as subject, newest first. */
    public List<UsageRecord> recent(String residentId, int limit) {
        return repository.findByResident(residentId, limit).stream()
                .map(this::toRecord)
                .toList();
    }

    /** One page of the entries that concern a person as subject or as actor, newest first. */
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
        boolean proxy = UsageEvent.PURPOSE_PROXY.equals(entry.getPurpose());
        return new UsageRecord(
                entry.getId(),
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
                entry.getPurpose(),
                proxy ? name(entry.getActorId()) : null,
                proxy ? name(entry.getResidentId()) : null);
    }

    private String name(String residentId) {
        return residentId == null ? null : repository.personName(residentId).orElse(null);
    }
}
