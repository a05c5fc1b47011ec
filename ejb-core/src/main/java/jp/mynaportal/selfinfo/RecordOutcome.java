package jp.mynaportal.selfinfo;

/**
 * What happened to one record of an accepted batch.
 *
 * @param result {@code CREATED} (version 1), {@code CORRECTED} (a new version), or {@code
 *     UNCHANGED} (the current version already says this: a repeated batch changes nothing)
 */
public record RecordOutcome(int index, String recordId, String result, int version) {}
