package jp.mynaportal.pittari.model;

import java.io.Serializable;
import java.time.LocalDate;

/**
 * The days (in Japan) on which a procedure takes applications, both ends included; an open end is
 * null (a procedure without any period takes applications all year round).
 */
public record AcceptancePeriod(LocalDate from, LocalDate until) implements Serializable {

    public AcceptancePeriod {
        if (from != null && until != null && until.isBefore(from)) {
            throw new IllegalArgumentException("an acceptance period ends before it starts: " + from + " – " + until);
        }
    }

    /** Whether applications are taken on the day. */
    public boolean contains(LocalDate day) {
        return (from == null || !day.isBefore(from)) && (until == null || !day.isAfter(until));
    }

    /** Whether the period has ended before the day. */
    public boolean endedBefore(LocalDate day) {
        return until != null && day.isAfter(until);
    }
}
