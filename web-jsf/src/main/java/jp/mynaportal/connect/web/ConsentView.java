package jp.mynaportal.connect.web;

import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;
import java.util.List;
import jp.mynaportal.access.AccessDeniedException;
import jp.mynaportal.connect.ConnectService;
import jp.mynaportal.connect.ConsentPrompt;
import jp.mynaportal.connect.PendingAuthorization;
import jp.mynaportal.connect.SiteClaim;
import jp.mynaportal.platform.web.ClientAddress;
import jp.mynaportal.platform.web.Messages;

/**
 * The consent screen (つなぐ): names the site and what it will receive, asks whether it may deliver
 * お知らせ, and answers the site. A request the resident already consented to exactly is answered
 * at once (「このサイトへ」 opens the site logged in). A 代理人 is told they cannot connect sites.
 */
@Named
@ViewScoped
public class ConsentView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private transient ConnectService connect;

    @Inject
    private PendingAuthorizations pending;

    private String request;
    private PendingAuthorization authorization;
    private ConsentPrompt prompt;
    private boolean refused;
    private boolean notices = true;

    /** The view action: loads the pending request, or answers the site at once if consented before. */
    public void load() throws IOException {
        authorization = pending.find(request).orElse(null);
        if (authorization == null) {
            return;
        }
        try {
            prompt = connect.prompt(authorization);
        } catch (AccessDeniedException e) {
            refused = true;
            return;
        }
        if (prompt.alreadyConsented()) {
            // a plain page visit: the browser may be redirected to the site at once
            pending.done(request);
            FacesContext.getCurrentInstance()
                    .getExternalContext()
                    .redirect(connect.approve(authorization, false, ClientAddress.current()));
            FacesContext.getCurrentInstance().responseComplete();
        }
    }

    /** 「同意してつなぐ」. */
    public void approve() throws IOException {
        if (authorization == null) {
            return;
        }
        try {
            answer(connect.approve(authorization, notices && prompt.offersNotices(), ClientAddress.current()));
        } catch (AccessDeniedException e) {
            refused = true;
            Messages.error(null, "connect.consent.proxyRefused");
        }
    }

    /** 「つながない」. */
    public void decline() throws IOException {
        if (authorization != null) {
            answer(connect.decline(authorization));
        }
    }

    /**
     * After a form: the return page takes the browser to the site, since the Content-Security-Policy
     * lets a form submission (and its redirects) lead only to the portal itself.
     */
    private void answer(String location) throws IOException {
        pending.done(request);
        ExternalContext external = FacesContext.getCurrentInstance().getExternalContext();
        external.redirect(
                external.getRequestContextPath() + "/connect/return.xhtml?answer=" + pending.keepAnswer(location));
        FacesContext.getCurrentInstance().responseComplete();
    }

    public String getRequest() {
        return request;
    }

    public void setRequest(String request) {
        this.request = request;
    }

    /** The request is gone (used, or the session is new): the page says to start again at the site. */
    public boolean isMissing() {
        return authorization == null;
    }

    public boolean isRefused() {
        return refused;
    }

    public ConsentPrompt getPrompt() {
        return prompt;
    }

    public String getSiteName() {
        return prompt == null ? "" : prompt.siteName().in(locale());
    }

    public String getSiteDescription() {
        return prompt == null ? "" : prompt.description().in(locale());
    }

    public List<SiteClaim> getClaims() {
        return prompt == null ? List.of() : prompt.claims();
    }

    public boolean isNotices() {
        return notices;
    }

    public void setNotices(boolean notices) {
        this.notices = notices;
    }

    private static java.util.Locale locale() {
        return FacesContext.getCurrentInstance().getViewRoot().getLocale();
    }
}
