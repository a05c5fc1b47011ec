package jp.mynaportal.notice.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jp.mynaportal.auth.web.UserSession;
import jp.mynaportal.notice.NoticeService;
import jp.mynaportal.platform.web.Messages;

/** The unread count of the logged-in resident's お知らせ, for the header and the top page's tile; asked once per request. */
@Named
@RequestScoped
public class NoticeBadge {

    @Inject
    private NoticeService notices;

    @Inject
    private UserSession session;

    private Long unread;

    /** How many notices are unread; 0 for a visitor who is not a registered resident. */
    public long getUnread() {
        if (unread == null) {
            unread = session.isLoggedIn() && session.mayUse("NOTICES") ? notices.unread() : 0L;
        }
        return unread;
    }

    /** The badge's text, e.g. 未読 3件. */
    public String getLabel() {
        return java.text.MessageFormat.format(Messages.text("notice.unreadCount"), getUnread());
    }
}
