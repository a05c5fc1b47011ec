package jp.mynaportal.exchange;

import java.util.Optional;

/**
 * Where agencies record the exchanges of residents' information: the caller is the authenticated
 * agency (group {@code AGENCY}, its code the caller's name), which names the resident by its own
 * link code and must be one of the exchange's two agencies. The agency API calls it.
 */
public interface ExchangeLedger {

    /**
     * Records one exchange of the resident the calling agency knows by {@code linkCode}.
     *
     * @param terminal where the agency called from
     * @return the record's id, or empty when the link code is not one of the caller's
     * @throws InvalidExchangeException when an agency is not registered or the caller is neither
     */
    Optional<Long> record(String linkCode, ExchangeEntry entry, String terminal);
}
