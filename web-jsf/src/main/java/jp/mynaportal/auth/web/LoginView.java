package jp.mynaportal.auth.web;

import jakarta.annotation.PostConstruct;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import java.io.Serializable;
import java.util.Arrays;
import java.util.List;
import jp.mynaportal.auth.AuthenticationService;
import jp.mynaportal.auth.LoginOutcome;
import jp.mynaportal.auth.LoginResult;
import jp.mynaportal.platform.web.ClientAddress;
import jp.mynaportal.platform.web.Messages;

/**
 * マイナポータルにログイン with a card reader: the card's password (4 digits) and 「次へ」, then
 * "hold the card to the reader" while the card signs, then the top page (or 利用者登録 the first
 * time). The password is kept only between the two steps, never shown again, and wiped.
 */
@Named
@ViewScoped
public class LoginView implements Serializable {

    private static final long serialVersionUID = 1L;

    /** The two screens of the login. */
    public enum Step {
        PASSWORD,
        HOLD_CARD
    }

    @Inject
    private AuthenticationService authentication;

    @Inject
    private UserSession userSession;

    private List<String> readers;
    private String reader;
    private String password;
    private transient char[] pin;
    private Step step = Step.PASSWORD;
    private String next;

    @PostConstruct
    void init() {
        next = ReturnAddress.sanitize(FacesContext.getCurrentInstance()
                .getExternalContext()
                .getRequestParameterMap()
                .get("next"));
        readers = authentication.cardReaders(ClientAddress.current());
        reader = readers.isEmpty() ? null : readers.get(0);
    }

    /** 「次へ」: keeps the password for the card and asks for the card. */
    public void next() {
        pin = password == null ? new char[0] : password.toCharArray();
        password = null;
        step = Step.HOLD_CARD;
    }

    /** Reads the card on the reader: the card checks the password and signs the challenge. */
    public String readCard() throws java.io.IOException {
        HttpServletRequest request = (HttpServletRequest)
                FacesContext.getCurrentInstance().getExternalContext().getRequest();
        char[] entered = pin == null ? new char[0] : pin;
        pin = null;
        step = Step.PASSWORD;
        LoginResult result =
                authentication.loginWithCard(request.getSession().getId(), reader, entered, request.getRemoteAddr());
        Arrays.fill(entered, '\0');
        if (result.succeeded() && userSession.begin(result.ticket())) {
            AfterLogin.redirect(userSession, next);
            return null;
        }
        if (result.succeeded()) {
            Messages.error(null, LoginOutcome.CHALLENGE_UNKNOWN.messageKey());
        } else if (result.outcome() == LoginOutcome.WRONG_PIN) {
            Messages.error("login:password", result.outcome().messageKey(), result.triesLeft());
        } else if (result.outcome() == LoginOutcome.PIN_FORMAT || result.outcome() == LoginOutcome.CARD_LOCKED) {
            Messages.error("login:password", result.outcome().messageKey());
        } else {
            Messages.error(null, result.outcome().messageKey());
        }
        return null;
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

    public String getPassword() {
        return password;
    }

    public void setPassword(String password) {
        this.password = password;
    }

    public Step getStep() {
        return step;
    }

    public boolean isHoldCard() {
        return step == Step.HOLD_CARD;
    }
}
