package jp.mynaportal.proxy;

import java.io.Serializable;

/**
 * The answer to a card confirmation of a 代理人 registration.
 *
 * @param triesLeft the PIN tries the card has left after a wrong PIN, otherwise -1
 */
public record CardCheck(Outcome outcome, int triesLeft) implements Serializable {

    /** What happened to the confirmation. */
    public enum Outcome {
        /** The card and PIN confirmed it. */
        CONFIRMED,
        /** The PIN is not four digits. */
        PIN_FORMAT,
        /** The PIN was wrong. */
        WRONG_PIN,
        /** The card's PIN is locked. */
        CARD_LOCKED,
        /** No card in the reader. */
        NO_CARD,
        /** This terminal may not use the readers. */
        READER_NOT_ENABLED,
        /** Every reader is in use. */
        READERS_BUSY,
        /** The card could not be read. */
        CARD_ERROR,
        /** The certificate is expired, revoked or not from a trusted CA, or the card did not sign. */
        CERTIFICATE_INVALID,
        /** The resident's step: the card is not the logged-in resident's. */
        NOT_THE_RESIDENT,
        /** The 代理人's step: the card is the resident's own. */
        SAME_PERSON,
        /** The 代理人's step: the card's holder has not done 利用者登録. */
        PROXY_NOT_REGISTERED,
        /** The 代理人's step of a widening: the card is not the current 代理人's. */
        NOT_THE_PROXY,
        /** The 代理人's step came before the resident's. */
        RESIDENT_FIRST,
        /** The pending registration no longer exists (abandoned, expired or already confirmed). */
        GONE
    }

    public static CardCheck of(Outcome outcome) {
        return new CardCheck(outcome, -1);
    }

    public boolean confirmed() {
        return outcome == Outcome.CONFIRMED;
    }
}
