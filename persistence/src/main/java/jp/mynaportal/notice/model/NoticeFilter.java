package jp.mynaportal.notice.model;

import java.time.Instant;

/**
 * Which of a resident's notices a list shows.
 *
 * @param senderKind only notices of this kind of sender, or null for all
 * @param from only notices written at or after, or null
 * @param until only notices written before, or null
 * @param archived the archived ones instead of the current ones
 */
public record NoticeFilter(SenderKind senderKind, Instant from, Instant until, boolean archived) {

    /** The current notices from every sender. */
    public static NoticeFilter current() {
        return new NoticeFilter(null, null, null, false);
    }
}
