package jp.mynaportal.auth;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.enterprise.inject.spi.CDI;
import java.util.UUID;
import javax.naming.InitialContext;
import jp.mynaportal.auth.internal.AuthSettings;
import jp.mynaportal.card.api.CardReaders;
import jp.mynaportal.card.api.CardSession;
import jp.mynaportal.card.api.PinKind;
import jp.mynaportal.card.api.WebEidToken;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * スマートフォンでログイン inside Payara Micro: a request shown in one browser session, confirmed by
 * a token from a demo card (as a phone makes it), collected by that session only, once; each
 * database's test class inherits these.
 */
abstract class PhoneLoginContract {

    private static final String READER = "Virtual JPKI reader ";

    private PhoneLoginService phoneLogin;
    private AuthenticationService authentication;
    private CardReaders readers;
    private AuthSettings settings;
    private String browser;

    @BeforeEach
    void lookUp() throws Exception {
        phoneLogin = CDI.current().select(PhoneLoginService.class).get();
        authentication = CDI.current().select(AuthenticationService.class).get();
        readers = InitialContext.doLookup("java:app/mynaportal/CardReaders");
        settings = AuthSettings.fromConfig();
        browser = UUID.randomUUID().toString();
    }

    private String phoneToken(PhoneLoginCode code) throws Exception {
        try (CardSession card = readers.open(READER + "yuki")) {
            assertThat(card.verifyPin(PinKind.AUTH, "3456".toCharArray()).isOk())
                    .isTrue();
            return WebEidToken.create(card, code.origin(), code.challenge());
        }
    }

    @Test
    void aConfirmedRequestLogsInTheBrowserSessionThatShowedIt() throws Exception {
        PhoneLoginCode code = phoneLogin.start(browser);
        assertThat(code.origin()).isEqualTo(settings.origin());
        assertThat(phoneLogin.collect(code.requestId(), browser).state()).isEqualTo(PhoneLoginProgress.State.WAITING);

        assertThat(phoneLogin.confirm(code.requestId(), phoneToken(code), "192.0.2.9"))
                .isEqualTo(LoginOutcome.SUCCESS);
        PhoneLoginProgress progress = phoneLogin.collect(code.requestId(), browser);

        assertThat(progress.state()).isEqualTo(PhoneLoginProgress.State.LOGGED_IN);
        assertThat(authentication.redeem(progress.ticket()))
                .hasValueSatisfying(
                        identity -> assertThat(identity.residentId()).isNotBlank());
    }

    @Test
    void theLoginIsCollectedOnce() throws Exception {
        PhoneLoginCode code = phoneLogin.start(browser);
        phoneLogin.confirm(code.requestId(), phoneToken(code), "192.0.2.9");
        phoneLogin.collect(code.requestId(), browser);

        assertThat(phoneLogin.collect(code.requestId(), browser).state()).isEqualTo(PhoneLoginProgress.State.UNKNOWN);
    }

    @Test
    void aRequestIsConfirmedOnce() throws Exception {
        PhoneLoginCode code = phoneLogin.start(browser);
        String token = phoneToken(code);
        phoneLogin.confirm(code.requestId(), token, "192.0.2.9");

        assertThat(phoneLogin.confirm(code.requestId(), token, "192.0.2.9")).isEqualTo(LoginOutcome.CHALLENGE_REPLAYED);
    }

    @Test
    void anotherBrowserSessionCannotCollectTheLogin() throws Exception {
        PhoneLoginCode code = phoneLogin.start(browser);
        phoneLogin.confirm(code.requestId(), phoneToken(code), "192.0.2.9");

        assertThat(phoneLogin.collect(code.requestId(), UUID.randomUUID().toString()))
                .isEqualTo(PhoneLoginProgress.of(PhoneLoginProgress.State.UNKNOWN));
        assertThat(phoneLogin.collect(code.requestId(), browser).state()).isEqualTo(PhoneLoginProgress.State.LOGGED_IN);
    }

    @Test
    void aRequestOfAnEndedBrowserSessionIsRefused() throws Exception {
        PhoneLoginCode code = phoneLogin.start(browser);
        phoneLogin.sessionEnded(browser);

        assertThat(phoneLogin.confirm(code.requestId(), phoneToken(code), "192.0.2.9"))
                .isEqualTo(LoginOutcome.REQUEST_ENDED);
        assertThat(phoneLogin.collect(code.requestId(), browser).state()).isEqualTo(PhoneLoginProgress.State.UNKNOWN);
    }

    @Test
    void aTokenForAnotherChallengeIsRefusedAndTheRequestStaysUsable() throws Exception {
        PhoneLoginCode code = phoneLogin.start(browser);
        PhoneLoginCode other = phoneLogin.start(UUID.randomUUID().toString());

        assertThat(phoneLogin.confirm(code.requestId(), phoneToken(other), "192.0.2.9"))
                .isEqualTo(LoginOutcome.SIGNATURE_INVALID);
        assertThat(phoneLogin.confirm(code.requestId(), phoneToken(code), "192.0.2.9"))
                .isEqualTo(LoginOutcome.SUCCESS);
    }

    @Test
    void anUnknownRequestIsRefused() {
        assertThat(phoneLogin.confirm("no-such-request", "{}", "192.0.2.9")).isEqualTo(LoginOutcome.CHALLENGE_UNKNOWN);
    }
}
