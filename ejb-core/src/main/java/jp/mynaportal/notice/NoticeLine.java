package jp.mynaportal.notice;

import java.io.Serializable;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import jp.mynaportal.notice.model.NoticeKind;

/**
 * One notice as the resident's list shows it; the title and text are the bundle entries
 * {@link #titleKey()} and {@link #textKey()} filled with the parameters; {@code about} is null for a
 * notice about nothing in particular.
 */
public record NoticeLine(
        long id, NoticeKind kind, List<String> parameters, NoticeAbout about, Instant createdAt, boolean read)
        implements Serializable {

    public NoticeLine {
        parameters = List.copyOf(parameters);
    }

    public String titleKey() {
        return "notice." + kind.name().toLowerCase(Locale.ROOT) + ".title";
    }

    public String textKey() {
        return "notice." + kind.name().toLowerCase(Locale.ROOT) + ".text";
    }
}
