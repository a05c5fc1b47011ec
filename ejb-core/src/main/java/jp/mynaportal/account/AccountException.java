package jp.mynaportal.account;

import jakarta.ejb.ApplicationException;

/** A registration that cannot be made; {@link #messageKey()} names the message. */
@ApplicationException(rollback = true)
public class AccountException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final String messageKey;

    public AccountException(String messageKey) {
        super(messageKey);
        this.messageKey = messageKey;
    }

    public String messageKey() {
        return messageKey;
    }
}
