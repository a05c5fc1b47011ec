package jp.mynaportal.notice;

import java.io.Serializable;

/**
 * What is wrong with one field of a notice written through an API.
 *
 * @param field the field as the API names it ({@code title}, {@code validUntil}, {@code
 *     audience.linkCode}, …)
 * @param code a stable code: {@code REQUIRED}, {@code TOO_LONG}, {@code INVALID_TEXT}, {@code
 *     INVALID_URL}, {@code ENDS_BEFORE_START}, {@code ENDED}, {@code NOT_PDF}, {@code TOO_LARGE},
 *     {@code OUT_OF_RANGE}, {@code INVALID}, {@code UNKNOWN_LINK_CODE}
 */
public record NoticeProblem(String field, String code) implements Serializable {}
