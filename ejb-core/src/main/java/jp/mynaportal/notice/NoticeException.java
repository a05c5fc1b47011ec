package jp.mynaportal.notice;

import jakarta.ejb.ApplicationException;

/** A notice that cannot be sent as written; {@link #messageKey()} names the message, {@link #field()} the field. */
@ApplicationException(rollback = true)
public class NoticeException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final String field;
    private final String messageKey;

    public NoticeException(String field, String messageKey) {
        super(messageKey);
        this.field = field;
        this.messageKey = messageKey;
    }

    public String field() {
        return field;
    }

    public String messageKey() {
        return messageKey;
    }
}
