package jp.mynaportal.access;

import jakarta.ejb.ApplicationException;

/**
 * The access policy refused: the actor may not do this to the subject's data. Services that hide
 * the existence of other people's data answer "not found" instead.
 */
@ApplicationException(rollback = true)
public class AccessDeniedException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public AccessDeniedException(String message) {
        super(message);
    }
}
