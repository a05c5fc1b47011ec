package jp.mynaportal.auth.web;

import jakarta.annotation.PostConstruct;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.io.Serializable;
import jp.mynaportal.auth.LoginOutcome;
import jp.mynaportal.auth.PhoneLoginCode;
import jp.mynaportal.auth.PhoneLoginProgress;
import jp.mynaportal.auth.PhoneLoginService;
import jp.mynaportal.platform.web.Messages;

/**
 * スマートフォンでログイン on the login page: 「2次元バーコードを表示する」 shows a QR code for this
 * browser session; the page asks every two seconds whether the phone confirmed it and then logs the
 * session in; an expired code is replaced on request.
 */
@Named
@ViewScoped
public class PhoneLoginView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private PhoneLoginService phoneLogin;

    @Inject
    private UserSession userSession;

    private PhoneLoginCode code;
    private String qrImage;
    private String next;

    @PostConstruct
    void init() {
        next = ReturnAddress.sanitize(FacesContext.getCurrentInstance()
                .getExternalContext()
                .getRequestParameterMap()
                .get("next"));
    }

    /** 「2次元バーコードを表示する」: a new request for this browser session, as a QR code. */
    public void show() {
        HttpServletRequest request = request();
        code = phoneLogin.start(request.getSession(true).getId());
        qrImage = QrCodeImage.dataUri(PhoneLoginLink.of(request, code));
    }

    /** The page's poll: logs the session in once the phone confirmed the request. */
    public void check() throws IOException {
        if (code == null) {
            return;
        }
        PhoneLoginProgress progress =
                phoneLogin.collect(code.requestId(), request().getSession(true).getId());
        switch (progress.state()) {
            case WAITING -> {
                // the phone has not confirmed yet
            }
            case LOGGED_IN -> {
                code = null;
                if (userSession.begin(progress.ticket())) {
                    AfterLogin.redirect(userSession, next);
                } else {
                    Messages.error(null, LoginOutcome.CHALLENGE_UNKNOWN.messageKey());
                }
            }
            case EXPIRED -> {
                code = null;
                Messages.error(null, "auth.phone.expired");
            }
            case UNKNOWN -> {
                code = null;
                Messages.error(null, LoginOutcome.CHALLENGE_UNKNOWN.messageKey());
            }
        }
    }

    private static HttpServletRequest request() {
        return (HttpServletRequest)
                FacesContext.getCurrentInstance().getExternalContext().getRequest();
    }

    public boolean isShowing() {
        return code != null;
    }

    public String getQrImage() {
        return qrImage;
    }

    /** Minutes the code stays valid, for the page's text. */
    public long getMinutes() {
        return PhoneLoginService.REQUEST_LIFETIME.toMinutes();
    }
}
