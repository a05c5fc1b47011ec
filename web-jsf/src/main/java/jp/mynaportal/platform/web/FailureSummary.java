package jp.mynaportal.platform.web;

import java.util.IdentityHashMap;
import java.util.Map;

/**
 * A failure as the log may hold it: the classes of the exception and its causes, and where the
 * innermost one was thrown, without any exception's message (messages quote data: a constraint
 * violation quotes the row, with the resident's name and birth date).
 */
public final class FailureSummary {

    private static final int FRAMES = 8;

    private FailureSummary() {}

    public static String of(Throwable failure) {
        StringBuilder text = new StringBuilder();
        Map<Throwable, Boolean> seen = new IdentityHashMap<>();
        Throwable innermost = failure;
        for (Throwable t = failure; t != null && seen.put(t, true) == null; t = t.getCause()) {
            text.append(text.length() == 0 ? "" : " <- ").append(t.getClass().getName());
            innermost = t;
        }
        StackTraceElement[] frames = innermost.getStackTrace();
        for (int i = 0; i < Math.min(FRAMES, frames.length); i++) {
            text.append("\n\tat ").append(frames[i]);
        }
        return text.toString();
    }
}
