package jp.mynaportal.notice;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.util.List;

/**
 * お知らせの配信: municipality staff write a notice to one resident or to the residents of their
 * municipality who meet criteria. One row per notice, whatever its reach.
 */
public interface NoticeDelivery {

    /** The municipalities the caller may write notices for (those they serve as staff). */
    List<String> municipalities();

    /** How many residents the draft's audience reaches today (the preview before sending). */
    long reach(@NotNull @Valid NoticeDraft draft);

    /**
     * Sends the notice, and records it in the 利用履歴: the one resident's (the staff member as
     * actor), or for criteria the staff member's own.
     *
     * @param terminal where the staff member sent it from
     * @return its id
     * @throws NoticeException when the draft cannot be sent as written (e.g. it ends before it starts)
     */
    long send(@NotNull @Valid NoticeDraft draft, String terminal);

    /** The notices a municipality sent, newest first. */
    List<SentNotice> sent(@NotNull String lgCode);
}
