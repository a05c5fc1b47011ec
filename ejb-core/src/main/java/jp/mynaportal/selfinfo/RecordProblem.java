package jp.mynaportal.selfinfo;

/**
 * Why one record of a batch was refused.
 *
 * @param index its position in the batch, from 0
 * @param recordId the agency's record id as sent, or null
 * @param field the member or value at fault ({@code linkCode}, {@code values.income} …), or null
 * @param code a stable code: {@code UNKNOWN_PERSON}, {@code UNKNOWN_ITEM}, {@code NOT_A_PROVIDER},
 *     {@code MISSING}, {@code INVALID}, {@code UNKNOWN_ATTRIBUTE}, {@code DUPLICATE_RECORD_ID},
 *     {@code TOO_MANY_RECORDS}
 */
public record RecordProblem(int index, String recordId, String field, String code, String message) {}
