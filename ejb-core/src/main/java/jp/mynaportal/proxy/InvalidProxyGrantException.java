package jp.mynaportal.proxy;

import jakarta.ejb.ApplicationException;
import java.util.Map;

/**
 * A grant the portal does not accept; nothing was stored. Each problem names its field ({@code
 * scopes}, {@code fields}, {@code from}, {@code to}) and a message key; {@code maxDays} carries the
 * configured longest period for the message.
 */
@ApplicationException(rollback = true)
public class InvalidProxyGrantException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final Map<String, String> problems;
    private final int maxDays;

    public InvalidProxyGrantException(Map<String, String> problems, int maxDays) {
        super("invalid proxy grant: " + problems.keySet());
        this.problems = Map.copyOf(problems);
        this.maxDays = maxDays;
    }

    /** Message keys by field. */
    public Map<String, String> problems() {
        return problems;
    }

    public int maxDays() {
        return maxDays;
    }
}
