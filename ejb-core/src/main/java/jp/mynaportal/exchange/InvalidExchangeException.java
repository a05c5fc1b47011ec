package jp.mynaportal.exchange;

import jakarta.ejb.ApplicationException;

/**
 * An exchange an agency may not record: an agency that is not registered, or a caller that is
 * neither of its two agencies. Nothing was stored.
 */
@ApplicationException(rollback = true)
public class InvalidExchangeException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public InvalidExchangeException(String message) {
        super(message);
    }
}
