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
     * 暗証番号の再設定, the staff member's step: checks that they may serve the holder of the card
     * in the reader (as {@link #identify}) and opens the resident's own entry of the new password on
     * this terminal. The staff member never types the password; nothing changes on the card yet.
     *
     * @throws CounterException as for {@link #identify}
     */
    PinEntry startAuthPinReset(String readerName, String terminal);

    /**
     * The resident's step: the new 4-digit password typed twice on the counter terminal into the
     * entry the same staff member started. Sets it on the card with the administrator key, restoring
     * its three tries; writes one entry of the resident's 利用履歴 (the staff member as actor, their
     * municipality) and an お知らせ (and a mail where the resident asked for one), so that a reset
     * nobody asked for is seen. The arrays are wiped.
     *
     * @throws CounterException {@code PIN_FORMAT} or {@code PIN_MISMATCH} (the entry stays open for
     *     another try), {@code ENTRY_EXPIRED}, {@code CARD_CHANGED}, or as for {@link #identify}
     */
    void completeAuthPinReset(String entry, char[] newPin, char[] repeated, String terminal);
}
