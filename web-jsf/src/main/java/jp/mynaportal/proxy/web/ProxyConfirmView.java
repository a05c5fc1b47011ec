package jp.mynaportal.proxy.web;

import jakarta.annotation.PostConstruct;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import jp.mynaportal.auth.AuthenticationService;
import jp.mynaportal.platform.web.ClientAddress;
import jp.mynaportal.platform.web.Messages;
import jp.mynaportal.proxy.CardCheck;
import jp.mynaportal.proxy.NoSuchRegistrationException;
import jp.mynaportal.proxy.PendingRegistration;
import jp.mynaportal.proxy.ProxyService;
import jp.mynaportal.selfinfo.SelfInfoCatalogue;

/**
 * The card steps of a registration on the same terminal: first the resident's own card and login
 * PIN, then the 代理人's; after the 代理人's the registration exists and the page goes to 完了.
 * 「やめる」 abandons it, leaving nothing.
 */
@Named
@ViewScoped
public class ProxyConfirmView implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final String PIN_FIELD = "card:pin";

    @Inject
    private ProxyService proxies;

    @Inject
    private AuthenticationService authentication;

    @Inject
    private SelfInfoCatalogue catalogue;

    private long id = -1;
    private PendingRegistration pending;
    private List<String> readers;
    private String reader;
    private String pin;

    @PostConstruct
    void init() {
        String parameter = FacesContext.getCurrentInstance()
                .getExternalContext()
                .getRequestParameterMap()
                .get("id");
        try {
            id = parameter == null ? -1 : Long.parseLong(parameter);
            pending = proxies.pending(id);
        } catch (NumberFormatException | NoSuchRegistrationException e) {
            pending = null;
        }
        readers = authentication.cardReaders(ClientAddress.current());
        reader = readers.isEmpty() ? null : readers.get(0);
    }

    /** 「確認する」: the current step's card and PIN. */
    public void confirm() {
        char[] entered = pin == null ? new char[0] : pin.toCharArray();
        pin = null;
        boolean residentStep = !pending.residentConfirmed();
        CardCheck check = residentStep
                ? proxies.confirmAsResident(id, reader, entered, ProxyScreens.terminal())
                : proxies.confirmAsProxy(id, reader, entered, ProxyScreens.terminal());
        if (check.confirmed()) {
            if (residentStep) {
                pending = proxies.pending(id);
                Messages.info(null, "proxy.confirm.residentDone");
            } else {
                ProxyScreens.redirect("/proxy/done.xhtml");
            }
            return;
        }
        String key = "proxy.card." + check.outcome().name();
        switch (check.outcome()) {
            case WRONG_PIN -> Messages.error(PIN_FIELD, key, check.triesLeft());
            case PIN_FORMAT, CARD_LOCKED -> Messages.error(PIN_FIELD, key);
            case GONE -> {
                pending = null;
                Messages.error(null, key);
            }
            default -> Messages.error(null, key);
        }
    }

    /** 「やめる」: nothing of the registration remains. */
    public String abandon() {
        proxies.abandon(id);
        return "/proxy/index.xhtml?faces-redirect=true";
    }

    /** The granted services, in the page's language. */
    public String getScopeNames() {
        return pending == null
                ? ""
                : String.join(
                        Messages.text("proxy.separator"),
                        pending.grant().scopes().stream()
                                .sorted()
                                .map(s -> Messages.text("proxy.scope." + s.name()))
                                .toList());
    }

    /** The granted あなたの情報 分野, in the page's language. */
    public String getFieldNames() {
        if (pending == null) {
            return "";
        }
        java.util.Locale locale =
                FacesContext.getCurrentInstance().getViewRoot().getLocale();
        return String.join(
                Messages.text("proxy.separator"),
                catalogue.fields().stream()
                        .filter(f -> pending.grant().fields().contains(f.code()))
                        .map(f -> f.name(locale))
                        .toList());
    }

    public boolean isFound() {
        return pending != null;
    }

    public PendingRegistration getPending() {
        return pending;
    }

    /** Whether the 代理人's step is next. */
    public boolean isProxyStep() {
        return pending != null && pending.residentConfirmed();
    }

    public List<String> getReaders() {
        return readers;
    }

    public String getReader() {
        return reader;
    }

    public void setReader(String reader) {
        this.reader = reader;
    }

    public String getPin() {
        return null;
    }

    public void setPin(String pin) {
        this.pin = pin;
    }
}
