package jp.mynaportal.proxy.web;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import jp.mynaportal.access.AccessDeniedException;
import jp.mynaportal.auth.web.UserSession;
import jp.mynaportal.platform.web.Messages;
import jp.mynaportal.proxy.ProxyRegistrationView;
import jp.mynaportal.proxy.ProxyService;

/**
 * 「代理人として利用する」: whom the caller may act for now; choosing one makes every page of the
 * session act for that resident (the banner says so) until 「自分のポータルに戻る」.
 */
@Named
@RequestScoped
public class ProxyActView {

    @Inject
    private ProxyService proxies;

    @Inject
    private UserSession session;

    private List<ProxyRegistrationView> mandates;

    @PostConstruct
    void init() {
        mandates = proxies.mandates();
    }

    /** Acts for the resident of the chosen registration. */
    public String act(long registrationId) {
        try {
            if (session.actFor(registrationId)) {
                return "/index.xhtml?faces-redirect=true";
            }
        } catch (AccessDeniedException e) {
            // the registration ended between the list and the choice
        }
        Messages.error(null, "proxy.act.refused");
        mandates = proxies.mandates();
        return null;
    }

    public List<ProxyRegistrationView> getMandates() {
        return mandates;
    }
}
