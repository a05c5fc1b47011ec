package jp.mynaportal.auth.web;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebListener;
import jakarta.servlet.http.HttpSessionEvent;
import jakarta.servlet.http.HttpSessionListener;
import jp.mynaportal.auth.PhoneLoginService;

/** Ends the スマートフォンでログイン requests of a browser session when the session ends (logout, timeout). */
@WebListener
public class PhoneLoginSessions implements HttpSessionListener {

    @Inject
    private PhoneLoginService phoneLogin;

    @Override
    public void sessionDestroyed(HttpSessionEvent event) {
        phoneLogin.sessionEnded(event.getSession().getId());
    }
}
