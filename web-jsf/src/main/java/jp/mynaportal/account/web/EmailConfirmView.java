package jp.mynaportal.account.web;

import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import java.io.Serializable;
import jp.mynaportal.account.AccountService;
import jp.mynaportal.account.EmailConfirmation;

/**
 * The page an e-mail confirmation link opens ({@code ?token=}): opening it changes nothing (mail
 * programs fetch links ahead); the resident confirms with a button, which spends the link.
 */
@Named
@ViewScoped
public class EmailConfirmView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private AccountService accounts;

    private String token;
    private EmailConfirmation result;

    /** このメールアドレスを使う. */
    public void confirm() {
        result = accounts.confirmEmail(
                token,
                ((HttpServletRequest) FacesContext.getCurrentInstance()
                                .getExternalContext()
                                .getRequest())
                        .getRemoteAddr());
    }

    public String getToken() {
        return token;
    }

    public void setToken(String token) {
        this.token = token;
    }

    public EmailConfirmation getResult() {
        return result;
    }
}
