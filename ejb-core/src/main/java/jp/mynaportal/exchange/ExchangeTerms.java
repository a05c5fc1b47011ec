package jp.mynaportal.exchange;

import java.io.Serializable;
import java.time.LocalDate;

/**
 * What a resident may ask for today: periods from {@code earliest} (exchanges are kept for {@code
 * recordYears} years) to {@code today}; a built result is kept for {@code resultDays} days.
 */
public record ExchangeTerms(LocalDate today, LocalDate earliest, int recordYears, int resultDays)
        implements Serializable {

    /** The rule of {@link ExchangePeriod#check} with these terms. */
    public ExchangePeriod.Check check(String from, String to) {
        return ExchangePeriod.check(from, to, today, earliest);
    }
}
