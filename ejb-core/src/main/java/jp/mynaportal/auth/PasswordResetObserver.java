package jp.mynaportal.auth;

/**
 * Told of each self-service reset of a login password, in the reset's transaction (the お知らせ of
 * {@code notice} implements it, so that {@code auth} names no function that depends on it).
 */
public interface PasswordResetObserver {

    /** The card holder {@code residentId} reset their login password with the signing password. */
    void passwordReset(String residentId);
}
