package jp.mynaportal.selfinfo;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * A record as the resident sees it: the version valid on the 確認対象日 with its values in the
 * schema's order, and the versions it corrected (newest first).
 *
 * @param validTo the first day it is no longer valid, or null
 */
public record RecordView(
        long id,
        int version,
        LocalDate validFrom,
        LocalDate validTo,
        Instant recordedAt,
        List<ValueView> values,
        List<EarlierVersion> earlier) {

    public RecordView {
        values = List.copyOf(values);
        earlier = List.copyOf(earlier);
    }

    /** Whether the agency corrected it. */
    public boolean corrected() {
        return !earlier.isEmpty();
    }

    /** A version that a correction replaced. */
    public record EarlierVersion(int version, Instant recordedAt, Instant supersededAt, List<ValueView> values) {

        public EarlierVersion {
            values = List.copyOf(values);
        }
    }
}
