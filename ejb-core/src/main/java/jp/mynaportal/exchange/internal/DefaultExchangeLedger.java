package jp.mynaportal.exchange.internal;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.Clock;
import jp.mynaportal.exchange.ExchangeEntry;
import jp.mynaportal.exchange.ExchangeLedger;
import jp.mynaportal.exchange.model.ExchangeRecord;
import jp.mynaportal.exchange.repository.ExchangeRecordRepository;

/**
 * Stores reported exchanges. Open to the portal's own callers (the demo seed) until the agency API
 * authenticates agencies; it is not reachable over HTTP.
 */
@Stateless
public class DefaultExchangeLedger implements ExchangeLedger {

    @Inject
    private ExchangeRecordRepository records;

    private final Clock clock = Clock.systemUTC();

    @Override
    @PermitAll
    public long record(ExchangeEntry entry) {
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
                entry.recordedBy(),
                clock.instant());
        records.add(record);
        return record.getId();
    }
}
