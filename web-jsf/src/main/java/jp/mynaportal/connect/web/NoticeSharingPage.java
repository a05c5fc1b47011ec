package jp.mynaportal.connect.web;

import jakarta.annotation.PostConstruct;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import jp.mynaportal.connect.NoticeSharing;
import jp.mynaportal.connect.NoticeSharingService;
import jp.mynaportal.platform.web.ClientAddress;
import jp.mynaportal.platform.web.Messages;

/**
 * 外部サイトへのお知らせ情報提供: the connected sites that deliver お知らせ, each with whether it may
 * provide them, and the button that changes it; for the resident, or for a 代理人 the resident
 * granted it to (the service refuses anyone else, and the page shows the refusal).
 */
@Named
@ViewScoped
public class NoticeSharingPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private transient NoticeSharingService sharing;

    private List<NoticeSharing> sites = List.of();

    @PostConstruct
    void init() {
        sites = sharing.sites();
    }

    /** 「このサイトからのお知らせを受け取る」 / 「…受け取りをやめる」. */
    public void allow(String clientId, boolean allowed) {
        sharing.allow(clientId, allowed, ClientAddress.current());
        sites = sharing.sites();
        Messages.info(null, allowed ? "connect.sites.noticesOn" : "connect.sites.noticesOff");
    }

    public List<NoticeSharing> getSites() {
        return sites;
    }

    public String name(NoticeSharing site) {
        return site.name().in(FacesContext.getCurrentInstance().getViewRoot().getLocale());
    }
}
