package jp.mynaportal.notice.web;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.text.MessageFormat;
import java.util.List;
import jp.mynaportal.auth.web.UserSession;
import jp.mynaportal.notice.NoticeLine;
import jp.mynaportal.notice.NoticeService;
import jp.mynaportal.platform.web.Messages;

/** お知らせ: the resident's notices, unread ones marked; {@code ?id=} opens one and marks it read. */
@Named
@RequestScoped
public class NoticeView {

    @Inject
    private NoticeService notices;

    @Inject
    private UserSession session;

    private List<NoticeLine> lines = List.of();
    private NoticeLine opened;

    @PostConstruct
    void init() {
        if (!session.isLoggedIn()) {
            return;
        }
        String id = FacesContext.getCurrentInstance()
                .getExternalContext()
                .getRequestParameterMap()
                .get("id");
        if (id != null && id.matches("[0-9]{1,18}")) {
            opened = notices.read(Long.parseLong(id)).orElse(null);
        }
        lines = notices.notices();
    }

    /** A notice's title or text in the page's language, filled with its parameters. */
    public String text(String key, NoticeLine line) {
        return new MessageFormat(
                        Messages.text(key),
                        FacesContext.getCurrentInstance().getViewRoot().getLocale())
                .format(line.parameters().toArray());
    }

    public List<NoticeLine> getLines() {
        return lines;
    }

    public NoticeLine getOpened() {
        return opened;
    }
}
