package jp.mynaportal.support;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.enterprise.inject.spi.CDI;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.SecurityContext;
import jakarta.security.enterprise.authentication.mechanism.http.AuthenticationParameters;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.UUID;
import javax.naming.InitialContext;
import javax.naming.NamingException;
import javax.sql.DataSource;
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

    /** The session attribute of the portal's mechanism (auth.web.SessionIdentity, package-private there). */
    private static final String SESSION_IDENTITY = "jp.mynaportal.auth.web.SessionIdentity";

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
                CurrentExchange.request().getSession(true).getId(), READER + cardId, pin.toCharArray(), "127.0.0.1");
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

    /**
     * The session this request holds now (the authentication the mechanism keeps in it), as a browser
     * keeps its session cookie: {@link #resume} continues it later.
     */
    public static Object heldSession() {
        return CurrentExchange.request().getSession().getAttribute(SESSION_IDENTITY);
    }

    /**
     * Continues a session held before (e.g. a 代理人's, left open while the resident acted): the
     * mechanism authenticates this request from the session alone, as it does the session's next
     * request, with no login; whether the request is now authenticated.
     */
    public static boolean resume(Object heldSession) {
        CurrentExchange.request().getSession().setAttribute(SESSION_IDENTITY, heldSession);
        return CDI.current()
                        .select(SecurityContext.class)
                        .get()
                        .authenticate(
                                CurrentExchange.request(),
                                CurrentExchange.response(),
                                AuthenticationParameters.withParams())
                == AuthenticationStatus.SUCCESS;
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

    /** The resident id of a demo resident, by full name. */
    public static String residentId(String fullName) throws Exception {
        try (Connection connection = dataSource().getConnection();
                PreparedStatement query = connection.prepareStatement("SELECT id FROM resident WHERE full_name = ?")) {
            query.setString(1, fullName);
            try (ResultSet rows = query.executeQuery()) {
                assertThat(rows.next()).as("resident " + fullName).isTrue();
                return rows.getString(1);
            }
        }
    }

    /**
     * Makes a resident counter staff of a municipality, as an operator's assignment would, unless
     * they are staff already; their next login carries it.
     */
    public static void staffOf(String residentId, String lgCode) throws Exception {
        try (Connection connection = dataSource().getConnection();
                PreparedStatement query =
                        connection.prepareStatement("SELECT COUNT(*) FROM counter_staff WHERE resident_id = ?")) {
            query.setString(1, residentId);
            try (ResultSet rows = query.executeQuery()) {
                rows.next();
                if (rows.getLong(1) > 0) {
                    return;
                }
            }
            try (PreparedStatement insert = connection.prepareStatement(
                    "INSERT INTO counter_staff (id, resident_id, lg_code, staff_role, granted_at) VALUES (?, ?, ?, ?, ?)")) {
                insert.setString(1, UUID.randomUUID().toString());
                insert.setString(2, residentId);
                insert.setString(3, lgCode);
                insert.setString(4, "PIN_RESET");
                insert.setTimestamp(5, Timestamp.from(Instant.now()));
                insert.executeUpdate();
            }
        }
    }

    private static DataSource dataSource() throws NamingException {
        return InitialContext.doLookup("java:app/jdbc/mynaportal");
    }

    private static UserSession userSession() {
        return CDI.current().select(UserSession.class).get();
    }
}
