package jp.mynaportal.notice;

import java.io.Serializable;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import jp.mynaportal.notice.model.NoticeKind;

/**
 * One notice in the resident's お知らせ: a personal one (its text from the bundle entries of its
 * {@link #kind()}, filled with the parameters) or one written by a municipality or an agency (its
 * {@link #title()} and {@link #body()} as the sender wrote them).
 *
 * @param ref the notice's reference in the resident's list ({@code p<id>} personal, {@code b<id>} written by a sender)
 * @param source {@link NoticeSource}
 * @param senderCode the municipality's or agency's code, null for personal notices
 * @param kind a personal notice's kind, null otherwise
 * @param validUntil until when it is shown, null for personal notices
 */
public record InboxNotice(
        String ref,
        NoticeSource source,
        String senderCode,
        NoticeKind kind,
        List<String> parameters,
        String title,
        String body,
        String linkUrl,
        String attachmentName,
        Instant at,
        Instant validUntil,
        boolean read,
        boolean archived)
        implements Serializable {

    public InboxNotice {
        parameters = List.copyOf(parameters);
    }

    public boolean personal() {
        return kind != null;
    }

    public String titleKey() {
        return kind == null ? null : "notice." + kind.name().toLowerCase(Locale.ROOT) + ".title";
    }

    public String textKey() {
        return kind == null ? null : "notice." + kind.name().toLowerCase(Locale.ROOT) + ".text";
    }
}
