package jp.mynaportal.exchange;

/**
 * Where agencies record the exchanges of residents' information: the caller is the authenticated
 * agency (group {@code AGENCY}, its code the caller's name), which must be one of the exchange's two
 * agencies. The agency endpoint calls it.
 */
public interface ExchangeLedger {

    /**
     * Records one exchange as reported by the calling agency; its id.
     *
     * @throws IllegalArgumentException when the caller is neither the requesting nor the providing agency
     */
    long record(ExchangeEntry entry);
}
