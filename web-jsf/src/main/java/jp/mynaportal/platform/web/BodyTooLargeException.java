package jp.mynaportal.platform.web;

import java.io.IOException;

/** A body without a declared length went past its limit while it was read; the request is refused with 413. */
public class BodyTooLargeException extends IOException {

    private static final long serialVersionUID = 1L;

    public BodyTooLargeException(long limit) {
        super("Request body larger than " + limit + " bytes");
    }

    /** Whether this, or one of its causes, is a body that went past its limit. */
    public static boolean isCause(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (t instanceof BodyTooLargeException) {
                return true;
            }
            if (t.getCause() == t) {
                break;
            }
        }
        return false;
    }
}
