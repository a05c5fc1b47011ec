package jp.mynaportal.notice.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import jp.mynaportal.notice.InboxNotice;
import jp.mynaportal.notice.NoticeService;

/**
 * One notice ({@code ?ref=}): opening it changes nothing; 既読にする and アーカイブ are posts. A notice
 * that is not the caller's to see shows the same "not found" as one that does not exist.
 */
@Named
@ViewScoped
public class NoticeDetailView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private NoticeService notices;

    @Inject
    private NoticeTexts texts;

    private String ref;
    private InboxNotice notice;

    /** The view action of the page: loads the notice named by the address. */
    public void load() {
        notice = notices.open(ref).orElse(null);
    }

    /** 既読にする. */
    public void markRead() {
        if (notice != null && notices.markRead(notice.ref())) {
            load();
        }
    }

    /** アーカイブ: the notice leaves the current list; back to the list. */
    public String archive() {
        if (notice != null && notices.archive(notice.ref())) {
            return "/notice/list.xhtml?faces-redirect=true";
        }
        return null;
    }

    public String getTitle() {
        return notice == null ? null : texts.title(notice);
    }

    public String getBody() {
        return notice == null ? null : texts.body(notice);
    }

    public InboxNotice getNotice() {
        return notice;
    }

    public String getRef() {
        return ref;
    }

    public void setRef(String ref) {
        this.ref = ref;
    }
}
