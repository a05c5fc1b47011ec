package jp.mynaportal.selfinfo;

import jakarta.ejb.ApplicationException;

/** An error report was refused; the message key says why, beside its field. */
@ApplicationException(rollback = true)
public class ErrorReportException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final String field;
    private final String messageKey;

    public ErrorReportException(String field, String messageKey) {
        super(messageKey);
        this.field = field;
        this.messageKey = messageKey;
    }

    /** The form field at fault: {@code description}, {@code attachment}, {@code attribute} or {@code record}. */
    public String field() {
        return field;
    }

    public String messageKey() {
        return messageKey;
    }
}
