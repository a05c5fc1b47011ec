package jp.mynaportal.auth;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.enterprise.inject.spi.CDI;
import java.util.UUID;
import javax.naming.InitialContext;
import jp.mynaportal.auth.PasswordResetResult.Outcome;
import jp.mynaportal.auth.internal.AuthSettings;
import jp.mynaportal.card.api.CardReaders;
import jp.mynaportal.card.api.CardSession;
import jp.mynaportal.card.api.PinKind;
import jp.mynaportal.card.devpki.DevelopmentPki;
import jp.mynaportal.card.virtual.CardFile;
import jp.mynaportal.notice.NoticeService;
import jp.mynaportal.notice.model.NoticeKind;
import jp.mynaportal.support.Callers;
import jp.mynaportal.usage.UsageRecord;
import jp.mynaportal.usage.internal.UsageReads;
import jp.mynaportal.usage.model.UsageAction;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The self-service reset of a locked login password with the signing password, through the card
 * itself on the card-reader resource adapter (yuki's demo card: login password 3456, signing
 * password YUKI2001, both set back after each test); each database's test class inherits these.
 */
abstract class PasswordResetContract {

    private static final String READER = LoginServiceContract.READER + "yuki";
    private static final String SIGNING_PASSWORD = "YUKI2001";
    private static final String TERMINAL = "127.0.0.1";

    private PasswordResetService resets;
    private AuthenticationService authentication;
    private UsageReads reads;
    private CardReaders readers;
    private AuthSettings settings;
    private String session;

    @BeforeEach
    void lookUp() throws Exception {
        resets = CDI.current().select(PasswordResetService.class).get();
        authentication = CDI.current().select(AuthenticationService.class).get();
        reads = CDI.current().select(UsageReads.class).get();
        readers = InitialContext.doLookup("java:app/mynaportal/CardReaders");
        settings = AuthSettings.fromConfig();
        session = UUID.randomUUID().toString();
        freshCard();
    }

    @AfterEach
    void setTheCardBack() {
        freshCard();
    }

    private void freshCard() {
        DevelopmentPki pki = DevelopmentPki.openOrCreate(settings.pkiFolder());
        CardFile card = new CardFile(settings.cardFolder().resolve("yuki" + CardFile.EXTENSION));
        pki.resetPin(card, PinKind.AUTH, "3456".toCharArray());
        pki.resetPin(card, PinKind.SIGN, SIGNING_PASSWORD.toCharArray());
    }

    private void lockTheLoginPassword() {
        for (int i = 0; i < 3; i++) {
            authentication.loginWithCard(session, READER, "0000".toCharArray(), TERMINAL);
        }
        assertThat(authentication
                        .loginWithCard(session, READER, "3456".toCharArray(), TERMINAL)
                        .outcome())
                .isEqualTo(LoginOutcome.CARD_LOCKED);
    }

    private PasswordResetResult reset(String signing, String newPin, String repeated) {
        return resets.resetWithSigningPassword(
                READER, signing.toCharArray(), newPin.toCharArray(), repeated.toCharArray(), TERMINAL);
    }

    private int triesLeft(PinKind kind) {
        try (CardSession card = readers.open(READER)) {
            return card.pinStatus(kind).triesLeft();
        }
    }

    @Test
    void aLockedLoginPasswordIsResetWithTheSigningPasswordAndTheHolderCanLogInWithTheNewOne() {
        lockTheLoginPassword();

        assertThat(reset(SIGNING_PASSWORD, "9753", "9753").outcome()).isEqualTo(Outcome.SUCCESS);

        assertThat(authentication
                        .loginWithCard(session, READER, "9753".toCharArray(), TERMINAL)
                        .outcome())
                .isEqualTo(LoginOutcome.SUCCESS);
    }

    @Test
    void theResetIsOneEntryOfTheHoldersUsageLogAndAnOshirase() {
        lockTheLoginPassword();
        reset(SIGNING_PASSWORD, "9753", "9753");
        freshCard();

        String yuki = Callers.logInRegistered("yuki", "3456", "ゆき");

        assertThat(reads.recent(yuki, 5))
                .filteredOn(e -> e.action() == UsageAction.PIN_RESET)
                .first()
                .satisfies((UsageRecord e) -> {
                    assertThat(e.result()).isEqualTo("SUCCESS");
                    assertThat(e.actor()).isEqualTo(yuki);
                });
        assertThat(CDI.current().select(NoticeService.class).get().notices())
                .anyMatch(n -> n.kind() == NoticeKind.PIN_RESET_BY_HOLDER);
    }

    @Test
    void fiveWrongSigningPasswordsLockTheSigningPasswordAndResetNothing() {
        lockTheLoginPassword();
        for (int left = 4; left >= 1; left--) {
            PasswordResetResult wrong = reset("WRONG123", "9753", "9753");
            assertThat(wrong.outcome()).isEqualTo(Outcome.WRONG_SIGNING_PASSWORD);
            assertThat(wrong.triesLeft()).isEqualTo(left);
        }
        assertThat(reset("WRONG123", "9753", "9753").outcome()).isEqualTo(Outcome.SIGNING_PASSWORD_LOCKED);

        assertThat(reset(SIGNING_PASSWORD, "9753", "9753").outcome())
                .as("the right signing password after the fifth wrong one")
                .isEqualTo(Outcome.SIGNING_PASSWORD_LOCKED);
        assertThat(triesLeft(PinKind.AUTH)).isZero();
    }

    @Test
    void malformedEntriesAreRefusedWithoutSpendingATry() {
        assertThat(reset(SIGNING_PASSWORD, "97a3", "97a3").outcome()).isEqualTo(Outcome.NEW_PIN_FORMAT);
        assertThat(reset(SIGNING_PASSWORD, "9753", "9754").outcome()).isEqualTo(Outcome.NEW_PIN_MISMATCH);
        assertThat(reset("abc", "9753", "9753").outcome()).isEqualTo(Outcome.SIGNING_PASSWORD_FORMAT);
        assertThat(reset("A".repeat(17), "9753", "9753").outcome()).isEqualTo(Outcome.SIGNING_PASSWORD_FORMAT);

        assertThat(triesLeft(PinKind.SIGN)).isEqualTo(5);
        assertThat(triesLeft(PinKind.AUTH)).isEqualTo(3);
    }

    @Test
    void aTerminalTheOperatorDidNotEnableCannotUseTheReaders() {
        assertThat(resets.resetWithSigningPassword(
                                READER,
                                SIGNING_PASSWORD.toCharArray(),
                                "9753".toCharArray(),
                                "9753".toCharArray(),
                                "203.0.113.9")
                        .outcome())
                .isEqualTo(Outcome.READER_NOT_ENABLED);
    }
}
