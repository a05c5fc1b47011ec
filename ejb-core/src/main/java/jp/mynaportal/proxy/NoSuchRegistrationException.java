package jp.mynaportal.proxy;

import jakarta.ejb.ApplicationException;

/**
 * No registration of the caller's with that id in a state the request needs (another person's
 * behaves the same): it was abandoned, timed out, ended or never existed.
 */
@ApplicationException(rollback = true)
public class NoSuchRegistrationException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public NoSuchRegistrationException(String message) {
        super(message);
    }
}
