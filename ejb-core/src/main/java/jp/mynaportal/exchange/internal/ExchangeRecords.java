package jp.mynaportal.exchange.internal;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import jp.mynaportal.agency.AgencyDirectory;
import jp.mynaportal.agency.AgencyInfo;
import jp.mynaportal.exchange.ExchangeEntry;
import jp.mynaportal.exchange.InvalidExchangeException;
import jp.mynaportal.exchange.model.ExchangeRecord;
import jp.mynaportal.exchange.repository.ExchangeRecordRepository;

/**
 * Stores a reported exchange in the caller's transaction, with the two agencies' names as the
 * registry has them now: the one way exchanges get in, for the agencies' {@link
 * jp.mynaportal.exchange.ExchangeLedger} and for the demo seed.
 */
@ApplicationScoped
public class ExchangeRecords {

    @Inject
    private ExchangeRecordRepository records;

    @Inject
    private AgencyDirectory agencies;

    private final Clock clock = Clock.systemUTC();

    /** Stores the resident's exchange as reported by agency {@code recordedBy}, one of its two agencies; its id. */
    long store(String residentId, ExchangeEntry entry, String recordedBy) {
        if (!entry.requester().equals(recordedBy) && !entry.provider().equals(recordedBy)) {
            throw new InvalidExchangeException("An exchange is recorded by one of its two agencies");
        }
        ExchangeRecord record = new ExchangeRecord(
                residentId,
                entry.exchangedAt(),
                party(entry.requester()),
                party(entry.provider()),
                entry.procedure(),
                entry.information(),
                entry.outcome(),
                recordedBy,
                clock.instant());
        records.add(record);
        return record.getId();
    }

    /** How many exchanges of the resident are recorded. */
    long count(String residentId) {
        return records.countByResident(residentId);
    }

    private ExchangeRecord.Party party(String code) {
        AgencyInfo agency =
                agencies.find(code).orElseThrow(() -> new InvalidExchangeException("No registered agency " + code));
        return new ExchangeRecord.Party(agency.code(), agency.nameJa());
    }
}
