package jp.mynaportal.notice.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.faces.event.PhaseId;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jp.mynaportal.auth.web.UserSession;
import jp.mynaportal.notice.NoticeService;
import jp.mynaportal.platform.web.Messages;

/**
 * The unread count of the logged-in resident's お知らせ, for the header and the top page's tile;
 * asked once per rendering. A postback evaluates the badge's {@code rendered} before the action
 * runs (while decoding), so a count asked then is asked again when the page is rendered: after 既読に
 * する the header shows the count without that notice.
 */
@Named
@RequestScoped
public class NoticeBadge {

    @Inject
    private NoticeService notices;

    @Inject
    private UserSession session;

    private Long unread;
    private boolean askedWhileRendering;

    /** How many notices are unread; 0 for a visitor who is not a registered resident. */
    public long getUnread() {
        FacesContext faces = FacesContext.getCurrentInstance();
        boolean rendering = faces != null && faces.getCurrentPhaseId() == PhaseId.RENDER_RESPONSE;
        if (unread == null || (rendering && !askedWhileRendering)) {
            unread = session.isLoggedIn() && session.mayUse("NOTICES") ? notices.unread() : 0L;
            askedWhileRendering = rendering;
        }
        return unread;
    }

    /** The badge's text, e.g. 未読 3件. */
    public String getLabel() {
        return java.text.MessageFormat.format(Messages.text("notice.unreadCount"), getUnread());
    }
}
