package jp.mynaportal.auth.internal;

import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.logging.Logger;
import jp.mynaportal.auth.AuthenticationService;
import jp.mynaportal.auth.LoginOutcome;
import jp.mynaportal.auth.LoginResult;
import jp.mynaportal.auth.PhoneLoginCode;
import jp.mynaportal.auth.PhoneLoginProgress;
import jp.mynaportal.auth.PhoneLoginService;
import jp.mynaportal.auth.model.LoginChallenge;
import jp.mynaportal.auth.model.PhoneLoginRequest;
import jp.mynaportal.auth.repository.ChallengeRepository;
import jp.mynaportal.auth.repository.PhoneLoginRepository;
import org.eclipse.microprofile.config.ConfigProvider;

/**
 * スマートフォンでログイン over the token login: the request's challenge is an ordinary login
 * challenge bound to the browser's session, so the phone's token is checked exactly as any token
 * login (and logged in 利用履歴 the same way); what this adds is the hand-over to the browser, through
 * the database so that the phone and the browser may reach different nodes. Open to anyone: the
 * card is what proves who logs in.
 */
@Stateless
public class DefaultPhoneLoginService implements PhoneLoginService {

    private static final Logger LOG = Logger.getLogger(DefaultPhoneLoginService.class.getName());
    private static final SecureRandom RANDOM = new SecureRandom();

    /** How long finished or expired requests are kept before they are removed. */
    private static final Duration KEPT_AFTER_EXPIRY = Duration.ofMinutes(10);

    @Inject
    private PhoneLoginRepository requests;

    @Inject
    private ChallengeRepository challenges;

    @Inject
    private AuthenticationService authentication;

    @Inject
    private LoginTickets tickets;

    @Inject
    private jakarta.enterprise.inject.Instance<jp.mynaportal.auth.LoginObserver> loginObservers;

    @Inject
    private TokenValidation validation;

    @Resource
    private SessionContext context;

    @Override
    @PermitAll
    public PhoneLoginCode start(String browserSession) {
        Instant now = Instant.now();
        Instant expiresAt = now.plus(lifetime());
        String nonce = Base64.getEncoder().encodeToString(random());
        String requestId = Base64.getUrlEncoder().withoutPadding().encodeToString(random());
        requests.deleteExpired(now.minus(KEPT_AFTER_EXPIRY));
        challenges.add(new LoginChallenge(nonce, browserSession, now, lifetime()));
        requests.add(new PhoneLoginRequest(requestId, browserSession, nonce, expiresAt));
        return new PhoneLoginCode(requestId, nonce, validation.settings().origin(), expiresAt);
    }

    @Override
    @PermitAll
    public LoginOutcome confirm(String requestId, String tokenJson, String terminal) {
        Instant now = Instant.now();
        PhoneLoginRequest request =
                requestId == null ? null : requests.find(requestId).orElse(null);
        if (request == null) {
            return LoginOutcome.CHALLENGE_UNKNOWN;
        }
        if (request.getState() == PhoneLoginRequest.State.ENDED) {
            return LoginOutcome.REQUEST_ENDED;
        }
        if (request.getState() != PhoneLoginRequest.State.WAITING) {
            return LoginOutcome.CHALLENGE_REPLAYED;
        }
        if (!request.confirmableAt(now)) {
            return LoginOutcome.CHALLENGE_EXPIRED;
        }
        LoginResult result = authentication.loginWithToken(
                request.getSessionId(), request.getNonce(), tokenJson, "phone " + terminal);
        if (!result.succeeded()) {
            return result.outcome();
        }
        LoginTickets.Holder holder = tickets.redeem(result.ticket())
                .orElseThrow(() -> new IllegalStateException("a ticket issued in this call was not redeemable"));
        String resident = holder.residentId();
        if (!requests.confirm(requestId, resident, holder.certificate(), now)) {
            // the browser session ended (or another node confirmed) between the read and now
            LOG.info("A phone login request changed while it was being confirmed; nothing is kept");
            context.setRollbackOnly();
            return LoginOutcome.REQUEST_ENDED;
        }
        return LoginOutcome.SUCCESS;
    }

    @Override
    @PermitAll
    public PhoneLoginProgress collect(String requestId, String browserSession) {
        PhoneLoginRequest request =
                requestId == null ? null : requests.find(requestId).orElse(null);
        if (request == null || !request.shownIn(browserSession)) {
            return PhoneLoginProgress.of(PhoneLoginProgress.State.UNKNOWN);
        }
        return switch (request.getState()) {
            case WAITING ->
                PhoneLoginProgress.of(
                        request.confirmableAt(Instant.now())
                                ? PhoneLoginProgress.State.WAITING
                                : PhoneLoginProgress.State.EXPIRED);
            case CONFIRMED ->
                requests.collect(requestId, browserSession)
                        ? loggedIn(request.getResidentId(), request.getLoginCertificate())
                        : PhoneLoginProgress.of(PhoneLoginProgress.State.UNKNOWN);
            case COLLECTED, ENDED -> PhoneLoginProgress.of(PhoneLoginProgress.State.UNKNOWN);
        };
    }

    @Override
    @PermitAll
    public void sessionEnded(String browserSession) {
        requests.endSession(browserSession);
    }

    /** {@code mynaportal.auth.phone-login-seconds}, otherwise {@link #REQUEST_LIFETIME}. */
    private static Duration lifetime() {
        return ConfigProvider.getConfig()
                .getOptionalValue("mynaportal.auth.phone-login-seconds", Long.class)
                .map(Duration::ofSeconds)
                .orElse(REQUEST_LIFETIME);
    }

    private static byte[] random() {
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        return bytes;
    }

    /** The browser is logged in: a ticket for it, and ログイン通知 where the resident asked for it. */
    private PhoneLoginProgress loggedIn(String residentId, String certificate) {
        Instant at = Instant.now();
        loginObservers.forEach(o -> o.loggedIn(residentId, jp.mynaportal.auth.LoginObserver.Method.TOKEN, at));
        return new PhoneLoginProgress(PhoneLoginProgress.State.LOGGED_IN, tickets.issue(residentId, certificate));
    }
}
