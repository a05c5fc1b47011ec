package jp.mynaportal.mail;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.enterprise.inject.spi.CDI;
import jakarta.mail.internet.MimeMessage;
import jakarta.transaction.UserTransaction;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Collectors;
import javax.naming.InitialContext;
import jp.mynaportal.mail.internal.OutboxClaims;
import jp.mynaportal.mail.internal.OutboxWorker;
import jp.mynaportal.mail.model.MailKind;
import jp.mynaportal.mail.model.OutboxMail;
import jp.mynaportal.support.SmtpServer;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The mail outbox against a real SMTP server (GreenMail): a mail written while the server is down
 * waits with its failed attempt recorded, goes out once the server is back, and two workers
 * sending at once (besides the node's own timer) send every mail exactly once. Each test mails
 * addresses of its own.
 */
abstract class MailOutboxContract {

    private MailOutbox outbox;
    private OutboxWorker worker;
    private OutboxClaims claims;
    private UserTransaction transaction;

    @BeforeEach
    void lookUp() throws Exception {
        outbox = CDI.current().select(MailOutbox.class).get();
        worker = CDI.current().select(OutboxWorker.class).get();
        claims = CDI.current().select(OutboxClaims.class).get();
        transaction = InitialContext.doLookup("java:comp/UserTransaction");
    }

    private static String address() {
        return "outbox-" + UUID.randomUUID() + "@example.jp";
    }

    private void enqueue(String... recipients) throws Exception {
        transaction.begin();
        for (String recipient : recipients) {
            outbox.enqueue(MailKind.NOTICE, recipient, "ja", List.of("http://portal.example"));
        }
        transaction.commit();
    }

    private OutboxMail row(String recipient) {
        return claims.sentTo(recipient, 1).get(0);
    }

    @Test
    void keepsAMailDueWithItsFailedAttemptWhileTheServerIsDown() throws Exception {
        String to = address();
        enqueue(to);
        SmtpServer.waitFor(
                () -> {
                    worker.sendDue("down");
                    return row(to).getAttempts() > 0;
                },
                "a failed attempt");
        OutboxMail mail = row(to);
        assertThat(mail.getSentAt()).isNull();
        assertThat(mail.getLastError()).isNotBlank();
        assertThat(mail.getNextAttemptAt()).isAfter(mail.getCreatedAt());
    }

    @Test
    void sendsAMailThatWaitedOnceTheServerIsBack() throws Exception {
        String to = address();
        enqueue(to);
        SmtpServer.waitFor(() -> row(to).getAttempts() > 0, "a failed attempt while the server is down");
        try (SmtpServer server = SmtpServer.start()) {
            List<MimeMessage> received = server.await(to, 1);
            SmtpServer.waitFor(() -> row(to).getSentAt() != null, "the mail marked sent");
            assertThat(received).singleElement().satisfies(m -> {
                assertThat(m.getSubject()).contains("お知らせ");
                assertThat(SmtpServer.text(m)).contains("http://portal.example/notice/list.xhtml");
            });
            assertThat(server.to(to)).hasSize(1);
        }
    }

    @Test
    void sendsEveryMailOnceWhenTwoWorkersSendAtOnce() throws Exception {
        List<String> recipients = new ArrayList<>();
        for (int i = 0; i < 30; i++) {
            recipients.add(address());
        }
        try (SmtpServer server = SmtpServer.start()) {
            enqueue(recipients.toArray(String[]::new));
            ExecutorService workers = Executors.newFixedThreadPool(2);
            try {
                List<Future<?>> rounds = new ArrayList<>();
                for (String name : List.of("worker-a", "worker-b")) {
                    rounds.add(workers.submit(() -> {
                        SmtpServer.waitFor(
                                () -> {
                                    worker.sendDue(name);
                                    return recipients.stream().allMatch(r -> row(r).getSentAt() != null);
                                },
                                "every mail sent");
                        return null;
                    }));
                }
                for (Future<?> round : rounds) {
                    round.get();
                }
            } finally {
                workers.shutdown();
            }
            Set<String> messageIds = recipients.stream()
                    .flatMap(r -> server.to(r).stream())
                    .map(m -> {
                        try {
                            return m.getMessageID();
                        } catch (Exception e) {
                            throw new IllegalStateException(e);
                        }
                    })
                    .collect(Collectors.toSet());
            assertThat(recipients)
                    .allSatisfy(r -> assertThat(server.to(r)).as(r).hasSize(1));
            assertThat(messageIds).hasSize(30);
        }
    }
}
