package jp.mynaportal.selfinfo;

import java.time.LocalDate;

/** One point of a chart over the years: the period's start and the amount then. */
public record SeriesPoint(LocalDate validFrom, LocalDate validTo, long amount) {}
