package jp.mynaportal.auth;

import java.time.Instant;

/**
 * Told of each successful login, in the login's transaction (ログイン通知 of {@code account}
 * implements it, so that {@code auth} names no function that depends on it).
 */
public interface LoginObserver {

    /** How the resident logged in. */
    enum Method {
        /** A card in a reader attached to the portal (counter terminal, kiosk). */
        CARD_READER,
        /** A token signed by the card on the resident's own device. */
        TOKEN
    }

    void loggedIn(String residentId, Method method, Instant at);
}
