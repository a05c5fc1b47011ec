package jp.mynaportal.notice;

import java.io.Serializable;
import java.time.LocalDate;

/**
 * Which of the resident's notices a list shows.
 *
 * @param source only from this source, or null for all
 * @param from only notices of this day (Japan time) or later, or null
 * @param to only notices of this day or earlier, or null
 * @param archived the archived notices instead of the current ones
 */
public record NoticeQuery(NoticeSource source, LocalDate from, LocalDate to, boolean archived) implements Serializable {

    public static NoticeQuery current() {
        return new NoticeQuery(null, null, null, false);
    }
}
