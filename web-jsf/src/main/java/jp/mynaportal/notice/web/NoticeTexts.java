package jp.mynaportal.notice.web;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.faces.context.FacesContext;
import java.text.MessageFormat;
import jp.mynaportal.notice.InboxNotice;
import jp.mynaportal.platform.web.Messages;

/** A notice's title and text in the page's language: a personal notice's from the bundle, a sender's as written. */
@ApplicationScoped
public class NoticeTexts {

    public String title(InboxNotice notice) {
        return notice.personal() ? format(notice.titleKey(), notice) : notice.title();
    }

    public String body(InboxNotice notice) {
        return notice.personal() ? format(notice.textKey(), notice) : notice.body();
    }

    private static String format(String key, InboxNotice notice) {
        return new MessageFormat(
                        Messages.text(key),
                        FacesContext.getCurrentInstance().getViewRoot().getLocale())
                .format(notice.parameters().toArray());
    }
}
