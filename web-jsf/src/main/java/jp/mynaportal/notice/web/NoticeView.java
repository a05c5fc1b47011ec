package jp.mynaportal.notice.web;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;
import jp.mynaportal.auth.web.UserSession;
import jp.mynaportal.notice.InboxNotice;
import jp.mynaportal.notice.NoticeQuery;
import jp.mynaportal.notice.NoticeService;
import jp.mynaportal.notice.NoticeSource;
import jp.mynaportal.platform.web.Messages;

/** お知らせ: the resident's notices with 未読/既読, filtered by sender and period, current or archived. */
@Named
@ViewScoped
public class NoticeView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private NoticeService notices;

    @Inject
    private UserSession session;

    @Inject
    private NoticeTexts texts;

    private NoticeSource source;
    private LocalDate from;
    private LocalDate to;
    private boolean archived;
    private List<InboxNotice> lines = List.of();

    @PostConstruct
    void init() {
        if (session.isLoggedIn() && session.mayUse("NOTICES")) {
            lines = notices.inbox(NoticeQuery.current());
        }
    }

    /** 絞り込む: shows the notices of the chosen sender and period. */
    public void filter() {
        if (from != null && to != null && to.isBefore(from)) {
            Messages.error("filter:to", "notice.filter.toBeforeFrom");
            return;
        }
        lines = notices.inbox(new NoticeQuery(source, from, to, archived));
    }

    public String title(InboxNotice notice) {
        return texts.title(notice);
    }

    public NoticeSource[] getSources() {
        return NoticeSource.values();
    }

    public List<InboxNotice> getLines() {
        return lines;
    }

    public NoticeSource getSource() {
        return source;
    }

    public void setSource(NoticeSource source) {
        this.source = source;
    }

    public LocalDate getFrom() {
        return from;
    }

    public void setFrom(LocalDate from) {
        this.from = from;
    }

    public LocalDate getTo() {
        return to;
    }

    public void setTo(LocalDate to) {
        this.to = to;
    }

    public boolean isArchived() {
        return archived;
    }

    public void setArchived(boolean archived) {
        this.archived = archived;
    }
}
