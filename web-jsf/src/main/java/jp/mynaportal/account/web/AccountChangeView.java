package jp.mynaportal.account.web;

import jakarta.annotation.PostConstruct;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import java.io.Serializable;
import jp.mynaportal.account.AccountChange;
import jp.mynaportal.account.AccountException;
import jp.mynaportal.account.AccountService;
import jp.mynaportal.account.AccountSettings;
import jp.mynaportal.auth.web.UserSession;
import jp.mynaportal.platform.web.LocaleSelection;
import jp.mynaportal.platform.web.Messages;

/**
 * 利用者登録変更: 入力 → 確認 → 完了 on one page (the entries stay while the resident goes back and
 * forth), and 利用者登録の削除 after its own confirmation.
 */
@Named
@ViewScoped
public class AccountChangeView implements Serializable {

    private static final long serialVersionUID = 1L;

    /** Where the resident is. */
    public enum Step {
        INPUT,
        CONFIRM,
        DONE,
        DELETE_CONFIRM
    }

    @Inject
    private AccountService accounts;

    @Inject
    private UserSession session;

    @Inject
    private LocaleSelection locale;

    private final AccountChange change = new AccountChange();
    private AccountSettings current;
    private Step step = Step.INPUT;
    private boolean confirmationSent;

    @PostConstruct
    void init() {
        current = accounts.settings();
        change.setNickname(current.nickname());
        change.setEmail(current.email());
        change.setLoginMail(current.loginMail());
        change.setNoticeMail(current.noticeMail());
    }

    /** 確認へ進む: the entries passed their checks. */
    public void confirm() {
        step = Step.CONFIRM;
    }

    /** 入力へ戻る. */
    public void back() {
        step = Step.INPUT;
    }

    /** 変更する: stores the change. */
    public void save() {
        try {
            confirmationSent = accounts.change(change, locale.getLanguage(), terminal());
            current = accounts.settings();
            session.renew();
            step = Step.DONE;
        } catch (AccountException e) {
            Messages.error(null, e.messageKey());
            step = Step.INPUT;
        }
    }

    /** 利用者登録を削除する: asks once more. */
    public void askDelete() {
        step = Step.DELETE_CONFIRM;
    }

    /** 削除する: deletes the registration and ends the session. */
    public String delete() {
        accounts.delete(terminal());
        session.logout();
        return "/account/deleted.xhtml?faces-redirect=true";
    }

    /** Whether the address differs from the one in use (it then waits for its link). */
    public boolean isEmailChanged() {
        String entered = change.getEmail() == null ? "" : change.getEmail().strip();
        return !entered.isEmpty() && !entered.equalsIgnoreCase(current.email() == null ? "" : current.email());
    }

    private static String terminal() {
        return ((HttpServletRequest)
                        FacesContext.getCurrentInstance().getExternalContext().getRequest())
                .getRemoteAddr();
    }

    public AccountChange getChange() {
        return change;
    }

    public AccountSettings getCurrent() {
        return current;
    }

    public Step getStep() {
        return step;
    }

    public boolean isConfirmationSent() {
        return confirmationSent;
    }
}
