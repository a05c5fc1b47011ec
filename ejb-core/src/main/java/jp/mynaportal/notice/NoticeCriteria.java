package jp.mynaportal.notice;

import java.io.Serializable;

/**
 * The criteria of a notice to many residents, each null (or false) when it does not restrict:
 * municipality (local-government code), age range in whole years, a child younger than {@code
 * childUnder} years, a household receiving 児童手当. No criterion at all reaches every resident.
 */
public record NoticeCriteria(String lgCode, Integer minAge, Integer maxAge, Integer childUnder, boolean childAllowance)
        implements Serializable {}
