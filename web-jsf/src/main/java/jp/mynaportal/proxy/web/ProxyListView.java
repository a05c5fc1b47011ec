package jp.mynaportal.proxy.web;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import jp.mynaportal.platform.web.Messages;
import jp.mynaportal.proxy.NoSuchRegistrationException;
import jp.mynaportal.proxy.ProxyRegistrationView;
import jp.mynaportal.proxy.ProxyService;

/**
 * 「代理人一覧の確認」: the registrations where the caller is the resident and where they are the
 * 代理人; the resident changes or revokes a live one (not on a phone).
 */
@Named
@ViewScoped
public class ProxyListView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private ProxyService proxies;

    private List<ProxyRegistrationView> registrations;

    @PostConstruct
    void init() {
        registrations = proxies.registrations();
    }

    /** 「取り消す」. */
    public void revoke(long id) {
        try {
            proxies.revoke(id, ProxyScreens.terminal());
            Messages.info(null, "proxy.list.revoked");
        } catch (NoSuchRegistrationException e) {
            Messages.error(null, "proxy.error.gone");
        }
        registrations = proxies.registrations();
    }

    public List<ProxyRegistrationView> getAsResident() {
        return registrations.stream().filter(ProxyRegistrationView::asResident).toList();
    }

    public List<ProxyRegistrationView> getAsProxy() {
        return registrations.stream().filter(r -> !r.asResident()).toList();
    }

    /** The 分野 names of a registration, in the page's language. */
    public String scopes(ProxyRegistrationView registration) {
        return String.join(
                Messages.text("proxy.separator"),
                registration.scopes().stream()
                        .sorted()
                        .map(s -> Messages.text("proxy.scope." + s.name()))
                        .toList());
    }
}
