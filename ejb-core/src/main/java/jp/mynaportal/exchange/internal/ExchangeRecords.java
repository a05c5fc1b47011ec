package jp.mynaportal.exchange.internal;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import jp.mynaportal.exchange.ExchangeEntry;
import jp.mynaportal.exchange.model.ExchangeRecord;
import jp.mynaportal.exchange.repository.ExchangeRecordRepository;

/**
 * Stores a reported exchange, in the caller's transaction: the one way exchanges get in, for the
 * agencies' {@link jp.mynaportal.exchange.ExchangeLedger} and for the demo seed.
 */
@ApplicationScoped
public class ExchangeRecords {

    @Inject
    private ExchangeRecordRepository records;

    private final Clock clock = Clock.systemUTC();

    /** Stores the exchange as reported by agency {@code recordedBy}, one of its two agencies; its id. */
    long store(ExchangeEntry entry, String recordedBy) {
        if (!entry.requester().code().equals(recordedBy)
                && !entry.provider().code().equals(recordedBy)) {
            throw new IllegalArgumentException("An exchange is recorded by one of its two agencies");
        }
        ExchangeRecord record = new ExchangeRecord(
                entry.residentId(),
                entry.exchangedAt(),
                new ExchangeRecord.Party(
                        entry.requester().code(), entry.requester().name()),
                new ExchangeRecord.Party(
                        entry.provider().code(), entry.provider().name()),
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
}
