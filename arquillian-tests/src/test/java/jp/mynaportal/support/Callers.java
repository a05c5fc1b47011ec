package jp.mynaportal.support;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.enterprise.inject.spi.CDI;
import jakarta.security.enterprise.SecurityContext;
import java.nio.file.Path;
import jp.mynaportal.account.AccountService;
import jp.mynaportal.account.Registration;
import jp.mynaportal.auth.AuthenticationService;
import jp.mynaportal.auth.LoginResult;
import jp.mynaportal.auth.web.UserSession;
import jp.mynaportal.card.api.PinKind;
import jp.mynaportal.card.devpki.DevelopmentPki;
import jp.mynaportal.card.virtual.CardFile;

/**
 * Switches the caller of the test runner's request inside the container, for real: the login
 * service checks a demo resident's virtual card and PIN on the card-reader adapter and hands out a
 * login ticket, and the portal's authentication mechanism redeems it. Deploy with {@link
 * CurrentExchange}.
 */
public final class Callers {

    /** The reader name of a demo resident's virtual card. */
    public static final String READER = "Virtual JPKI reader ";

    private Callers() {}

    /** The card's PIN set back to its demo value with full tries, whatever earlier tests did to it. */
    public static void freshCard(String cardId, String pin) {
        Path data = Path.of("data");
        DevelopmentPki.openOrCreate(data.resolve("pki"))
                .resetPin(
                        new CardFile(data.resolve("cards").resolve(cardId + CardFile.EXTENSION)),
                        PinKind.AUTH,
                        pin.toCharArray());
    }

    /** Logs this request in with a demo card, as the card holder is (registered or not). */
    public static String logIn(String cardId, String pin) {
        freshCard(cardId, pin);
        AuthenticationService authentication =
                CDI.current().select(AuthenticationService.class).get();
        LoginResult result = authentication.loginWithCard(
                CurrentExchange.request().getSession(true).getId(), READER + cardId, pin.toCharArray(), "test");
        assertThat(result.succeeded()).as("login of " + cardId).isTrue();
        assertThat(userSession().begin(result.ticket(), CurrentExchange.request(), CurrentExchange.response()))
                .as("authentication of " + cardId)
                .isTrue();
        return callerName();
    }

    /** Logs this request in with a demo card as a registered resident (registering them the first time). */
    public static String logInRegistered(String cardId, String pin, String nickname) {
        String residentId = logIn(cardId, pin);
        if (!userSession().isRegistered()) {
            Registration registration = new Registration();
            registration.setTermsAccepted(true);
            registration.setNickname(nickname);
            CDI.current().select(AccountService.class).get().register(registration, "test");
            String ticket =
                    CDI.current().select(AuthenticationService.class).get().renewTicket();
            assertThat(userSession().begin(ticket, CurrentExchange.request(), CurrentExchange.response()))
                    .isTrue();
        }
        assertThat(userSession().isRegistered()).isTrue();
        return residentId;
    }

    /** Hands a ticket to the authentication mechanism as a login does; whether the request is now authenticated. */
    public static boolean authenticate(String ticket) {
        return userSession().begin(ticket, CurrentExchange.request(), CurrentExchange.response());
    }

    /** Ends the authentication of this request: later calls are anonymous. */
    public static void logOut() throws Exception {
        CurrentExchange.request().logout();
        assertThat(callerName()).isNull();
    }

    /** The caller the container knows now, or null. */
    public static String callerName() {
        SecurityContext security = CDI.current().select(SecurityContext.class).get();
        return security.getCallerPrincipal() == null
                ? null
                : security.getCallerPrincipal().getName();
    }

    private static UserSession userSession() {
        return CDI.current().select(UserSession.class).get();
    }
}
