package jp.mynaportal.counter;

/**
 * Help at a municipal counter. Only staff (the caller) of the resident's own municipality may act,
 * and every act is one entry of the usage log: the resident as subject, the staff member as actor.
 */
public interface CounterService {

    /**
     * The holder of the card in a reader (read from its authentication certificate, no PIN needed).
     *
     * @throws CounterException if the staff member may not serve this resident, or no known card is there
     */
    CardHolder identify(String readerName);

    /**
     * Sets a new authentication PIN (typed by the resident) on a blocked card with the
     * administrator key, restoring its three tries. The array is wiped.
     *
     * @throws CounterException as for {@link #identify}, or if the new PIN is not 4 digits
     */
    void resetAuthPin(String readerName, char[] newPin, String terminal);
}
