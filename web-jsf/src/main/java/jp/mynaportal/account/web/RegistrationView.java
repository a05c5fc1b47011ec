package jp.mynaportal.account.web;

import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import java.io.Serializable;
import jp.mynaportal.account.AccountException;
import jp.mynaportal.account.AccountService;
import jp.mynaportal.account.Registration;
import jp.mynaportal.auth.web.UserSession;
import jp.mynaportal.platform.web.Messages;

/** 利用者登録 at the first login: terms of use, nickname (at most 20 characters), optional e-mail. */
@Named
@ViewScoped
public class RegistrationView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private AccountService accounts;

    @Inject
    private UserSession userSession;

    private final Registration registration = new Registration();

    /**
     * A resident who registered already opens the top page instead: 利用者登録 is done once, and its
     * form could only answer that it is.
     */
    public String onlyBeforeRegistration() {
        return userSession.isRegistered() ? "/index.xhtml?faces-redirect=true" : null;
    }

    /** 登録する: stores the registration, authenticates the session again as a resident, opens the top page. */
    public String register() {
        HttpServletRequest request = (HttpServletRequest)
                FacesContext.getCurrentInstance().getExternalContext().getRequest();
        try {
            accounts.register(registration, request.getRemoteAddr());
            userSession.renew();
            return "/index.xhtml?faces-redirect=true";
        } catch (AccountException e) {
            Messages.error(null, e.messageKey());
            return null;
        }
    }

    public Registration getRegistration() {
        return registration;
    }
}
