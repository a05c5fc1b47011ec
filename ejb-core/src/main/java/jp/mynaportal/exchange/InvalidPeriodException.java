package jp.mynaportal.exchange;

import jakarta.ejb.ApplicationException;
import java.util.Map;

/** A 提供要求 for a period the rule of {@link ExchangePeriod#check} refuses; nothing was stored. */
@ApplicationException(rollback = true)
public class InvalidPeriodException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final Map<String, String> problems;

    public InvalidPeriodException(Map<String, String> problems) {
        super("Invalid period: " + problems);
        this.problems = Map.copyOf(problems);
    }

    /** Field to message key, as {@link ExchangePeriod.Check#problems()}. */
    public Map<String, String> problems() {
        return problems;
    }
}
