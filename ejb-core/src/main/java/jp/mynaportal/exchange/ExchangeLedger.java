package jp.mynaportal.exchange;

/**
 * Where agencies record the exchanges of residents' information. Until the agency API lands it is
 * called by the demo seed; the agency endpoint will call it as the authenticated agency.
 */
public interface ExchangeLedger {

    /** Records one exchange; its id. */
    long record(ExchangeEntry entry);
}
