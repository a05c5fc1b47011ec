package jp.mynaportal.mail;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import jp.mynaportal.mail.model.MailKind;
import jp.mynaportal.mail.model.OutboxMail;
import org.junit.jupiter.api.Test;

/** The outbox's retry rule: a failed mail is due again after a back-off that doubles, up to an hour. */
class OutboxMailTest {

    private static final Duration FIRST = Duration.ofSeconds(30);

    @Test
    void doublesTheWaitAfterEachFailureUpToAnHour() {
        assertThat(OutboxMail.backOff(FIRST, 1)).isEqualTo(Duration.ofSeconds(30));
        assertThat(OutboxMail.backOff(FIRST, 2)).isEqualTo(Duration.ofSeconds(60));
        assertThat(OutboxMail.backOff(FIRST, 3)).isEqualTo(Duration.ofSeconds(120));
        assertThat(OutboxMail.backOff(FIRST, 30)).isEqualTo(Duration.ofHours(1));
    }

    @Test
    void makesAFailedMailDueAgainAfterTheBackOffAndKeepsItUnsent() {
        Instant now = Instant.parse("2026-12-02T00:00:00Z");
        OutboxMail mail = new OutboxMail(MailKind.LOGIN, "a@example.jp", "s", "b", now);
        mail.failed(now, FIRST, "ConnectException: refused");
        mail.failed(now.plusSeconds(30), FIRST, "ConnectException: refused");
        assertThat(mail.getSentAt()).isNull();
        assertThat(mail.getAttempts()).isEqualTo(2);
        assertThat(mail.getNextAttemptAt()).isEqualTo(now.plusSeconds(90));
    }
}
