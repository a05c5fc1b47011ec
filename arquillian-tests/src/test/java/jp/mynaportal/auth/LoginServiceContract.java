package jp.mynaportal.auth;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.ejb.EJBAccessException;
import jakarta.enterprise.inject.spi.CDI;
import java.security.MessageDigest;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Base64;
import java.util.UUID;
import javax.naming.InitialContext;
import javax.sql.DataSource;
import jp.mynaportal.access.Roles;
import jp.mynaportal.account.AccountException;
import jp.mynaportal.account.AccountService;
import jp.mynaportal.account.Registration;
import jp.mynaportal.auth.internal.AuthSettings;
import jp.mynaportal.auth.token.TokenValidator;
import jp.mynaportal.card.api.CardKey;
import jp.mynaportal.card.api.CardReaders;
import jp.mynaportal.card.api.CardSession;
import jp.mynaportal.card.api.CertificateKind;
import jp.mynaportal.card.api.PinKind;
import jp.mynaportal.card.devpki.DevelopmentPki;
import jp.mynaportal.card.virtual.CardFile;
import jp.mynaportal.counter.CounterException;
import jp.mynaportal.counter.CounterService;
import jp.mynaportal.notice.NoticeService;
import jp.mynaportal.notice.model.NoticeKind;
import jp.mynaportal.support.Callers;
import jp.mynaportal.usage.UsageLogService;
import jp.mynaportal.usage.UsageRecord;
import jp.mynaportal.usage.UsageRecorder;
import jp.mynaportal.usage.internal.UsageReads;
import jp.mynaportal.usage.model.UsageAction;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The login, registration and counter services inside Payara Micro with the demo residents'
 * virtual cards on the card-reader resource adapter; each database's test class inherits these. A
 * login hands out a ticket; the test runner's request is then authenticated with it for real
 * ({@link Callers}), and the services read that caller from the container.
 */
abstract class LoginServiceContract {

    static final String READER = "Virtual JPKI reader ";

    private AuthenticationService authentication;
    private AccountService accounts;
    private CounterService counter;
    private UsageLogService usage;
    private UsageReads reads;
    private CardReaders readers;
    private DataSource dataSource;
    private AuthSettings settings;
    private String session;

    @BeforeEach
    void lookUp() throws Exception {
        authentication = CDI.current().select(AuthenticationService.class).get();
        accounts = CDI.current().select(AccountService.class).get();
        counter = CDI.current().select(CounterService.class).get();
        usage = CDI.current().select(UsageLogService.class).get();
        reads = CDI.current().select(UsageReads.class).get();
        readers = InitialContext.doLookup("java:app/mynaportal/CardReaders");
        dataSource = InitialContext.doLookup("java:app/jdbc/mynaportal");
        settings = AuthSettings.fromConfig();
        session = UUID.randomUUID().toString();
    }

    /** The card's PIN set back to its demo value with full tries, whatever earlier runs did to it. */
    private void freshCard(String cardId, String pin) {
        DevelopmentPki.openOrCreate(settings.pkiFolder())
                .resetPin(
                        new CardFile(settings.cardFolder().resolve(cardId + CardFile.EXTENSION)),
                        PinKind.AUTH,
                        pin.toCharArray());
    }

    private String token(String cardId, String pin, String challenge) throws Exception {
        try (CardSession card = readers.open(READER + cardId)) {
            assertThat(card.verifyPin(PinKind.AUTH, pin.toCharArray()).isOk()).isTrue();
            byte[] digest = MessageDigest.getInstance("SHA-256")
                    .digest(TokenValidator.signedData(settings.origin(), challenge));
            Base64.Encoder base64 = Base64.getEncoder();
            return "{\"format\":\"web-eid:1.0\",\"unverifiedCertificate\":\""
                    + base64.encodeToString(
                            card.readCertificate(CertificateKind.AUTH).getEncoded())
                    + "\",\"algorithm\":\"RS256\",\"signature\":\""
                    + base64.encodeToString(card.sign(CardKey.AUTH, "SHA-256", digest)) + "\"}";
        }
    }

    @Test
    void logsADemoResidentInWithTheCardOnTheVirtualReader() {
        String hanako = Callers.logInRegistered("hanako", "1234", "はなこ");
        LoginResult result =
                authentication.loginWithCard(session, READER + "hanako", "1234".toCharArray(), "127.0.0.1");
        assertThat(result.outcome()).isEqualTo(LoginOutcome.SUCCESS);
        String residentId = authentication.redeem(result.ticket()).orElseThrow().residentId();
        assertThat(residentId).isEqualTo(hanako);
        assertThat(usage.recent(1)).singleElement().satisfies(e -> {
            assertThat(e.action()).isEqualTo(UsageAction.LOGIN);
            assertThat(e.result()).isEqualTo("SUCCESS");
            assertThat(e.terminal()).contains("hanako");
        });
    }

    @Test
    void countsDownTheTriesOfAWrongPasswordAndLocksTheCardAtTheThird() {
        freshCard("ken", "4567");
        assertThat(authentication.loginWithCard(session, READER + "ken", "0000".toCharArray(), "127.0.0.1"))
                .isEqualTo(LoginResult.wrongPin(2));
        assertThat(authentication.loginWithCard(session, READER + "ken", "0000".toCharArray(), "127.0.0.1"))
                .isEqualTo(LoginResult.wrongPin(1));
        assertThat(authentication
                        .loginWithCard(session, READER + "ken", "0000".toCharArray(), "127.0.0.1")
                        .outcome())
                .isEqualTo(LoginOutcome.CARD_LOCKED);
        assertThat(authentication
                        .loginWithCard(session, READER + "ken", "4567".toCharArray(), "127.0.0.1")
                        .outcome())
                .isEqualTo(LoginOutcome.CARD_LOCKED);
    }

    @Test
    void acceptsATokenForAChallengeOfThisSession() throws Exception {
        freshCard("taro", "2345");
        Challenge challenge = authentication.issueChallenge(session);
        assertThat(Base64.getDecoder().decode(challenge.nonce())).hasSize(32);
        LoginResult result = authentication.loginWithToken(
                session, challenge.nonce(), token("taro", "2345", challenge.nonce()), "test");
        assertThat(result.outcome()).isEqualTo(LoginOutcome.SUCCESS);
    }

    @Test
    void refusesAChallengeUsedTwice() throws Exception {
        freshCard("taro", "2345");
        Challenge challenge = authentication.issueChallenge(session);
        String token = token("taro", "2345", challenge.nonce());
        authentication.loginWithToken(session, challenge.nonce(), token, "test");
        assertThat(authentication
                        .loginWithToken(session, challenge.nonce(), token, "test")
                        .outcome())
                .isEqualTo(LoginOutcome.CHALLENGE_REPLAYED);
    }

    @Test
    void aTokenLoginThatOpensItsSessionWritesItInTheLoginsTransactionAndTheTicketCarriesIt() throws Exception {
        freshCard("taro", "2345");
        Challenge challenge = authentication.issueChallenge(session);
        long sessionsBefore = loginSessionRows();
        LoginResult result = authentication.openSessionWithToken(
                session, challenge.nonce(), token("taro", "2345", challenge.nonce()), "test");
        assertThat(result.outcome()).isEqualTo(LoginOutcome.SUCCESS);
        assertThat(loginSessionRows())
                .as("the login's own transaction opened the session")
                .isEqualTo(sessionsBefore + 1);

        LoginIdentity identity = authentication.redeem(result.ticket()).orElseThrow();
        assertThat(identity.sessionToken()).isNotBlank();
        assertThat(identity.certificate()).isNotBlank();
        assertThat(identity.groups()).isNotEmpty();
        assertThat(loginSessionRows()).as("redeeming writes nothing more").isEqualTo(sessionsBefore + 1);
        assertThat(authentication.redeem(result.ticket()))
                .as("a ticket is redeemed once")
                .isEmpty();

        authentication.sessionExpired(identity.sessionToken(), "opened-session-end-test");
        assertThat(reads.recent(identity.residentId(), 5).stream()
                        .filter(e -> "opened-session-end-test".equals(e.terminal()))
                        .toList())
                .as("the end of the session is recorded for the resident whose login opened it")
                .singleElement();
    }

    @Test
    void aTokenLoginThatOpensItsSessionRefusesAChallengeUsedTwiceAndOpensNoSessionThen() throws Exception {
        freshCard("taro", "2345");
        Challenge challenge = authentication.issueChallenge(session);
        String token = token("taro", "2345", challenge.nonce());
        assertThat(authentication
                        .openSessionWithToken(session, challenge.nonce(), token, "test")
                        .outcome())
                .isEqualTo(LoginOutcome.SUCCESS);
        long sessionsBefore = loginSessionRows();
        LoginResult replayed = authentication.openSessionWithToken(session, challenge.nonce(), token, "test");
        assertThat(replayed.outcome()).isEqualTo(LoginOutcome.CHALLENGE_REPLAYED);
        assertThat(replayed.ticket()).isNull();
        assertThat(loginSessionRows()).isEqualTo(sessionsBefore);
    }

    @Test
    void aTokenLoginThatOpensItsSessionRefusesAChallengeOfAnotherSession() throws Exception {
        freshCard("taro", "2345");
        Challenge challenge = authentication.issueChallenge("another-session");
        assertThat(authentication
                        .openSessionWithToken(
                                session, challenge.nonce(), token("taro", "2345", challenge.nonce()), "test")
                        .outcome())
                .isEqualTo(LoginOutcome.CHALLENGE_UNKNOWN);
    }

    private long loginSessionRows() throws Exception {
        try (Connection connection = dataSource.getConnection();
                PreparedStatement query = connection.prepareStatement("SELECT COUNT(*) FROM auth_login_session");
                ResultSet rows = query.executeQuery()) {
            assertThat(rows.next()).isTrue();
            return rows.getLong(1);
        }
    }

    @Test
    void refusesAChallengeNeverIssued() throws Exception {
        freshCard("taro", "2345");
        String nonce = Base64.getEncoder().encodeToString(new byte[32]);
        assertThat(authentication
                        .loginWithToken(session, nonce, token("taro", "2345", nonce), "test")
                        .outcome())
                .isEqualTo(LoginOutcome.CHALLENGE_UNKNOWN);
    }

    @Test
    void refusesAChallengeIssuedToAnotherSession() throws Exception {
        freshCard("taro", "2345");
        Challenge challenge = authentication.issueChallenge("another-session");
        assertThat(authentication
                        .loginWithToken(session, challenge.nonce(), token("taro", "2345", challenge.nonce()), "test")
                        .outcome())
                .isEqualTo(LoginOutcome.CHALLENGE_UNKNOWN);
    }

    @Test
    void refusesAChallengeOlderThanFiveMinutes() throws Exception {
        freshCard("taro", "2345");
        String nonce =
                Base64.getEncoder().encodeToString(UUID.randomUUID().toString().getBytes());
        Instant issued = Instant.now().minusSeconds(301);
        try (Connection connection = dataSource.getConnection();
                PreparedStatement insert = connection.prepareStatement(
                        "INSERT INTO auth_challenge (nonce, session_id, issued_at, expires_at) VALUES (?, ?, ?, ?)")) {
            insert.setString(1, nonce);
            insert.setString(2, session);
            insert.setTimestamp(3, Timestamp.from(issued));
            insert.setTimestamp(4, Timestamp.from(issued.plus(AuthenticationService.CHALLENGE_LIFETIME)));
            insert.executeUpdate();
        }
        assertThat(authentication
                        .loginWithToken(session, nonce, token("taro", "2345", nonce), "test")
                        .outcome())
                .isEqualTo(LoginOutcome.CHALLENGE_EXPIRED);
    }

    @Test
    void registersAResidentOnceAtTheFirstLogin() {
        Callers.logIn("yuki", "3456");
        Registration registration = new Registration();
        registration.setTermsAccepted(true);
        registration.setNickname("ゆき");
        LoginIdentity before =
                authentication.redeem(authentication.renewTicket()).orElseThrow();
        if (!before.registered()) {
            assertThat(before.groups()).containsExactly(Roles.REGISTRANT);
            assertThat(accounts.register(registration, "test")).isEqualTo("ゆき");
        }
        LoginResult again = authentication.loginWithCard(session, READER + "yuki", "3456".toCharArray(), "127.0.0.1");
        LoginIdentity registered = authentication.redeem(again.ticket()).orElseThrow();
        assertThat(registered.registered()).isTrue();
        assertThat(registered.groups()).containsExactly(Roles.RESIDENT);
        assertThatThrownBy(() -> accounts.register(registration, "test"))
                .isInstanceOfSatisfying(
                        AccountException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("account.registration.exists"));
    }

    @Test
    void letsStaffOfTheResidentsMunicipalityResetALockedPasswordAsOneEntryOfTheResidentsLog() throws Exception {
        freshCard("hanako", "1234");
        String staff = Callers.logInRegistered("staff-chiyoda", "5678", "窓口");
        for (int i = 0; i < 3; i++) {
            authentication.loginWithCard(session, READER + "hanako", "9999".toCharArray(), "127.0.0.1");
        }
        assertThat(counter.identify(READER + "hanako").triesLeft()).isZero();
        String entry = counter.startAuthPinReset(READER + "hanako", "127.0.0.1").handle();
        counter.completeAuthPinReset(entry, "8642".toCharArray(), "8642".toCharArray(), "127.0.0.1");
        UsageRecord reset = reads.recent(Callers.residentId("山田 花子"), 1).get(0);
        assertThat(reset.action()).isEqualTo(UsageAction.PIN_RESET);
        assertThat(reset.actor())
                .as("one entry: the staff member acted on hanako's card")
                .isEqualTo(staff);
        assertThat(reset.actorOrganisation()).isEqualTo("131016");
        assertThat(reset.purpose()).isEqualTo(UsageRecorder.PURPOSE_COUNTER_PIN_RESET);
        assertThat(reads.recent(staff, 1))
                .as("no second entry with the staff member as subject")
                .noneMatch(e -> e.action() == UsageAction.PIN_RESET);
        assertThat(authentication
                        .loginWithCard(session, READER + "hanako", "8642".toCharArray(), "127.0.0.1")
                        .outcome())
                .isEqualTo(LoginOutcome.SUCCESS);
        freshCard("hanako", "1234");
    }

    @Test
    void aCounterResetIsToldToTheResidentInANoticeNamingTheMunicipality() {
        freshCard("hanako", "1234");
        Callers.logInRegistered("staff-chiyoda", "5678", "窓口");
        String entry = counter.startAuthPinReset(READER + "hanako", "127.0.0.1").handle();
        counter.completeAuthPinReset(entry, "8642".toCharArray(), "8642".toCharArray(), "127.0.0.1");
        freshCard("hanako", "1234");
        Callers.logInRegistered("hanako", "1234", "はなこ");
        assertThat(CDI.current().select(NoticeService.class).get().notices())
                .filteredOn(n -> n.kind() == NoticeKind.PIN_RESET_AT_COUNTER)
                .first()
                .satisfies(n -> assertThat(n.parameters()).containsExactly("千代田区"));
    }

    @Test
    void theStaffMembersStepChangesNothingOnTheCardUntilTheResidentTypesTheNewPasswordTwice() {
        freshCard("hanako", "1234");
        Callers.logInRegistered("staff-chiyoda", "5678", "窓口");
        for (int i = 0; i < 3; i++) {
            authentication.loginWithCard(session, READER + "hanako", "9999".toCharArray(), "127.0.0.1");
        }
        String entry = counter.startAuthPinReset(READER + "hanako", "127.0.0.1").handle();
        assertThat(counter.identify(READER + "hanako").triesLeft()).isZero();

        assertThatThrownBy(() ->
                        counter.completeAuthPinReset(entry, "8642".toCharArray(), "8643".toCharArray(), "127.0.0.1"))
                .isInstanceOfSatisfying(
                        CounterException.class,
                        e -> assertThat(e.reason()).isEqualTo(CounterException.Reason.PIN_MISMATCH));
        assertThatThrownBy(() ->
                        counter.completeAuthPinReset(entry, "86a2".toCharArray(), "86a2".toCharArray(), "127.0.0.1"))
                .isInstanceOfSatisfying(
                        CounterException.class,
                        e -> assertThat(e.reason()).isEqualTo(CounterException.Reason.PIN_FORMAT));
        assertThat(counter.identify(READER + "hanako").triesLeft()).isZero();

        counter.completeAuthPinReset(entry, "8642".toCharArray(), "8642".toCharArray(), "127.0.0.1");
        assertThat(counter.identify(READER + "hanako").triesLeft()).isEqualTo(3);
        assertThatThrownBy(() ->
                        counter.completeAuthPinReset(entry, "2468".toCharArray(), "2468".toCharArray(), "127.0.0.1"))
                .as("an entry is used once")
                .isInstanceOfSatisfying(
                        CounterException.class,
                        e -> assertThat(e.reason()).isEqualTo(CounterException.Reason.ENTRY_EXPIRED));
        freshCard("hanako", "1234");
    }

    @Test
    void anEntryIsFoundOnlyByItsHandleAndCompletedOnlyByStaff() {
        freshCard("hanako", "1234");
        Callers.logInRegistered("staff-chiyoda", "5678", "窓口");
        String entry = counter.startAuthPinReset(READER + "hanako", "127.0.0.1").handle();

        assertThatThrownBy(() -> counter.completeAuthPinReset(
                        entry + "x", "8642".toCharArray(), "8642".toCharArray(), "127.0.0.1"))
                .isInstanceOfSatisfying(
                        CounterException.class,
                        e -> assertThat(e.reason()).isEqualTo(CounterException.Reason.ENTRY_EXPIRED));
        Callers.logInRegistered("hanako", "1234", "はなこ");
        assertThatThrownBy(() ->
                        counter.completeAuthPinReset(entry, "8642".toCharArray(), "8642".toCharArray(), "127.0.0.1"))
                .as("only staff")
                .isInstanceOf(EJBAccessException.class);
        freshCard("hanako", "1234");
    }

    @Test
    void refusesStaffOfAnotherMunicipality() {
        Callers.logInRegistered("staff-chiyoda", "5678", "窓口");
        assertThatThrownBy(() -> counter.identify(READER + "taro"))
                .isInstanceOfSatisfying(
                        CounterException.class,
                        e -> assertThat(e.reason()).isEqualTo(CounterException.Reason.OTHER_MUNICIPALITY));
    }

    @Test
    void refusesTheCounterToAResidentWhoIsNotStaff() {
        Callers.logInRegistered("taro", "2345", "たろう");
        assertThatThrownBy(() -> counter.identify(READER + "taro")).isInstanceOf(EJBAccessException.class);
    }

    @Test
    void refusesTheCounterToAnonymousCallers() {
        assertThatThrownBy(() -> counter.identify(READER + "taro")).isInstanceOf(EJBAccessException.class);
    }

    @Test
    void aLoginTicketIsRedeemedOnceOnly() {
        freshCard("taro", "2345");
        LoginResult result = authentication.loginWithCard(session, READER + "taro", "2345".toCharArray(), "127.0.0.1");
        assertThat(authentication.redeem(result.ticket())).isPresent();
        assertThat(authentication.redeem(result.ticket())).isEmpty();
    }

    @Test
    void theEndOfASessionIsRecordedOnceForTheResidentWhoseLoginOpenedIt() {
        freshCard("yuki", "3456");
        LoginResult result = authentication.loginWithCard(session, READER + "yuki", "3456".toCharArray(), "127.0.0.1");
        LoginIdentity identity = authentication.redeem(result.ticket()).orElseThrow();
        assertThat(identity.sessionToken()).isNotBlank();

        authentication.sessionExpired(identity.sessionToken(), "session-end-test");
        authentication.sessionExpired(identity.sessionToken(), "session-end-test");

        assertThat(reads.recent(identity.residentId(), 5).stream()
                        .filter(e -> "session-end-test".equals(e.terminal()))
                        .toList())
                .singleElement()
                .satisfies(e -> {
                    assertThat(e.action()).isEqualTo(UsageAction.LOGOUT);
                    assertThat(e.result()).isEqualTo("SESSION_EXPIRED");
                });
    }

    @Test
    void aSessionTokenNobodyWasGivenEndsNothingAndRecordsNothing() throws Exception {
        String forged = Base64.getUrlEncoder().withoutPadding().encodeToString(new byte[32]);

        authentication.sessionExpired(forged, "forged-session-end");
        assertThat(authentication.certificateRevoked(forged, "not a certificate", "forged-session-end"))
                .isTrue();

        try (Connection connection = dataSource.getConnection();
                PreparedStatement query =
                        connection.prepareStatement("SELECT COUNT(*) FROM usage_log WHERE terminal = ?")) {
            query.setString(1, "forged-session-end");
            try (ResultSet rows = query.executeQuery()) {
                assertThat(rows.next()).isTrue();
                assertThat(rows.getLong(1)).isZero();
            }
        }
    }

    @Test
    void aTicketNeverIssuedNamesNobody() {
        assertThat(authentication.redeem(Base64.getUrlEncoder().withoutPadding().encodeToString(new byte[32])))
                .isEmpty();
    }

    @Test
    void theMechanismAuthenticatesNobodyWithATicketTheLoginServiceNeverIssued() {
        assertThat(Callers.authenticate(Base64.getUrlEncoder().withoutPadding().encodeToString(new byte[32])))
                .isFalse();
        assertThat(Callers.callerName()).isNull();
    }

    @Test
    void theMechanismMakesTheTicketsResidentTheCaller() {
        freshCard("taro", "2345");
        LoginResult result = authentication.loginWithCard(session, READER + "taro", "2345".toCharArray(), "127.0.0.1");
        assertThat(Callers.authenticate(result.ticket())).isTrue();
        assertThat(Callers.callerName()).isNotNull();
        assertThat(Callers.authenticate(result.ticket()))
                .as("a ticket is redeemed once")
                .isFalse();
    }

    @Test
    void aFailedLoginGivesNoTicket() {
        freshCard("taro", "2345");
        assertThat(authentication
                        .loginWithCard(session, READER + "taro", "0000".toCharArray(), "127.0.0.1")
                        .ticket())
                .isNull();
    }

    @Test
    void refusesReaderLoginFromATerminalTheOperatorDidNotEnable() {
        freshCard("hanako", "1234");
        assertThat(authentication.cardReaders("192.0.2.10")).isEmpty();
        assertThat(authentication.cardReaders("127.0.0.1")).contains(READER + "hanako");
        assertThat(authentication
                        .loginWithCard(session, READER + "hanako", "1234".toCharArray(), "192.0.2.10")
                        .outcome())
                .isEqualTo(LoginOutcome.READER_NOT_ENABLED);
    }

    @Test
    void keepsTheUsageLogAppendOnlyInTheDatabase() throws Exception {
        freshCard("taro", "2345");
        authentication.loginWithCard(session, READER + "taro", "0000".toCharArray(), "127.0.0.7");
        try (Connection connection = dataSource.getConnection();
                PreparedStatement query = connection.prepareStatement(
                        "SELECT result, resident_id FROM usage_log WHERE terminal LIKE ? ORDER BY id DESC")) {
            query.setString(1, "%127.0.0.7");
            try (ResultSet rows = query.executeQuery()) {
                assertThat(rows.next()).isTrue();
                assertThat(rows.getString(1)).isEqualTo("WRONG_PIN");
                assertThat(rows.getString(2)).isNotNull();
            }
        }
    }
}
