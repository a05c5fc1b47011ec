package jp.mynaportal.notice;

import java.io.Serializable;
import java.time.Instant;

/**
 * What became of a notice its sender wrote: for a notice to one resident whether (and when) they
 * read it, for a notice to many how many residents read it (never who).
 *
 * @param readAt when the one resident read it, or null (always null for a notice to many)
 */
public record NoticeReadState(
        long id, String title, Instant validFrom, Instant validUntil, boolean toOne, long readCount, Instant readAt)
        implements Serializable {

    public boolean read() {
        return readCount > 0;
    }
}
