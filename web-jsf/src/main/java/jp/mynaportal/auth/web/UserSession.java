package jp.mynaportal.auth.web;

import jakarta.enterprise.context.SessionScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;
import java.io.Serializable;
import java.time.Duration;
import java.time.Instant;
import jp.mynaportal.auth.AuthenticationService;
import jp.mynaportal.auth.SignedInUser;
import org.eclipse.microprofile.config.ConfigProvider;

/**
 * The logged-in user of this HTTP session. A login renews the session id and sets the inactivity
 * timeout; {@link SessionPolicyFilter} ends the session after the absolute timeout.
 */
@Named
@SessionScoped
public class UserSession implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private AuthenticationService authentication;

    private SignedInUser user;

    /** Starts the logged-in session: a new session id, the inactivity timeout. */
    public void begin(SignedInUser signedIn, HttpServletRequest request) {
        request.changeSessionId();
        request.getSession().setMaxInactiveInterval((int) inactivityTimeout().toSeconds());
        this.user = signedIn;
    }

    /** Replaces the user after a change of their data (e.g. 利用者登録). */
    public void update(SignedInUser changed) {
        this.user = changed;
    }

    /** ログアウト: records it and ends the session. */
    public String logout() {
        HttpServletRequest request = (HttpServletRequest) jakarta.faces.context.FacesContext.getCurrentInstance()
                .getExternalContext()
                .getRequest();
        end(request);
        return "/index.xhtml?faces-redirect=true";
    }

    /** Records the logout (when someone was logged in) and invalidates the session. */
    void end(HttpServletRequest request) {
        if (user != null) {
            authentication.logout(user, request.getRemoteAddr());
            user = null;
        }
        HttpSession session = request.getSession(false);
        if (session != null) {
            session.invalidate();
        }
    }

    boolean expired(Instant now) {
        return user != null && !now.isBefore(user.loggedInAt().plus(absoluteTimeout()));
    }

    static Duration inactivityTimeout() {
        return timeout("mynaportal.session.inactivity", 30);
    }

    static Duration absoluteTimeout() {
        return timeout("mynaportal.session.absolute", 480);
    }

    /**
     * A timeout read on every use: {@code <key>-seconds} when it is set (tests shorten timeouts to
     * seconds), otherwise {@code <key>-minutes}, otherwise the default.
     */
    private static Duration timeout(String key, int defaultMinutes) {
        org.eclipse.microprofile.config.Config config = ConfigProvider.getConfig();
        return config.getOptionalValue(key + "-seconds", Long.class)
                .map(Duration::ofSeconds)
                .orElseGet(() -> Duration.ofMinutes(
                        config.getOptionalValue(key + "-minutes", Integer.class).orElse(defaultMinutes)));
    }

    public SignedInUser getUser() {
        return user;
    }

    public boolean isLoggedIn() {
        return user != null;
    }

    public boolean isStaff() {
        return user != null && user.staff();
    }

    public String getNickname() {
        return user == null ? null : user.nickname();
    }
}
