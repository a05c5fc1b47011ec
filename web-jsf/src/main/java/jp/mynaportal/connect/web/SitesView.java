package jp.mynaportal.connect.web;

import jakarta.annotation.PostConstruct;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import java.util.Locale;
import jp.mynaportal.connect.ConnectService;
import jp.mynaportal.connect.NoticeSharingService;
import jp.mynaportal.connect.SiteView;
import jp.mynaportal.platform.web.ClientAddress;
import jp.mynaportal.platform.web.Messages;

/**
 * もっとつながる: the sites that can be connected, each with what connecting means and what it
 * receives; 「つなぐ」 or 「このサイトへ」 lead to the site, and 「つなぐのをやめる」 asks once more
 * before it disconnects.
 */
@Named
@ViewScoped
public class SitesView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private transient ConnectService connect;

    @Inject
    private transient NoticeSharingService sharing;

    private List<SiteView> sites = List.of();
    private String confirming;

    @PostConstruct
    void init() {
        sites = connect.sites();
    }

    /** 「つなぐのをやめる」: asks to confirm. */
    public void ask(String clientId) {
        confirming = clientId;
    }

    /** 「やめない」. */
    public void cancel() {
        confirming = null;
    }

    /** 「はい、つなぐのをやめる」. */
    public void disconnect() {
        if (confirming == null) {
            return;
        }
        String clientId = confirming;
        connect.disconnect(clientId, ClientAddress.current());
        confirming = null;
        sites = connect.sites();
        Messages.info(null, "connect.sites.disconnected");
    }

    /** 「お知らせを受け取る」 / 「お知らせの受け取りをやめる」 of a connected site. */
    public void allowNotices(String clientId, boolean allowed) {
        sharing.allow(clientId, allowed, ClientAddress.current());
        sites = connect.sites();
        Messages.info(null, allowed ? "connect.sites.noticesOn" : "connect.sites.noticesOff");
    }

    public List<SiteView> getSites() {
        return sites;
    }

    public boolean confirming(SiteView site) {
        return site.clientId().equals(confirming);
    }

    public String name(SiteView site) {
        return site.name().in(locale());
    }

    public String description(SiteView site) {
        return site.description().in(locale());
    }

    private static Locale locale() {
        return FacesContext.getCurrentInstance().getViewRoot().getLocale();
    }
}
