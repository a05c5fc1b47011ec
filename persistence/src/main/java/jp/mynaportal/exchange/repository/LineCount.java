package jp.mynaportal.exchange.repository;

/** How many lines of a result one asking agency has for one piece of information (the diagram's bars). */
public record LineCount(String requesterName, String informationName, long count) {}
