package jp.mynaportal.selfinfo;

import java.util.List;

/**
 * The agency side of あなたの情報: the calling agency sends records of residents, all or nothing.
 * A record id the agency sent before with the same content is unchanged; with other content it
 * becomes the next version (a correction), the earlier one kept.
 */
public interface RecordUploadService {

    /** The most records in one batch. */
    int MAX_BATCH = 10_000;

    /**
     * Checks every record against its 分野詳細's schema and the agency's link codes, then writes
     * them all.
     *
     * @throws RecordsRejectedException when any record is refused; nothing is written
     */
    List<RecordOutcome> upload(List<RecordSubmission> records);
}
