package jp.mynaportal.support;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.function.BooleanSupplier;
import org.eclipse.microprofile.config.ConfigProvider;

/**
 * A GreenMail SMTP server inside the container, on the port the shared deployment sends mail to
 * ({@code mynaportal.mail.smtp.port}); stopped, the portal's mails wait in the outbox. Waits are
 * bounded by {@code mynaportal.test.mail-wait-seconds} (system property of the test JVM's Micro,
 * default 60).
 */
public final class SmtpServer implements AutoCloseable {

    private final GreenMail greenMail;

    private SmtpServer(GreenMail greenMail) {
        this.greenMail = greenMail;
    }

    /** Starts the server the portal sends to. */
    public static SmtpServer start() {
        int port = ConfigProvider.getConfig().getValue("mynaportal.mail.smtp.port", Integer.class);
        GreenMail server = new GreenMail(new ServerSetup(port, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
        server.start();
        return new SmtpServer(server);
    }

    /** The messages received for an address so far. */
    public List<MimeMessage> to(String address) {
        return Arrays.stream(greenMail.getReceivedMessages())
                .filter(m -> {
                    try {
                        return Arrays.stream(m.getRecipients(Message.RecipientType.TO))
                                .anyMatch(a -> a.toString().equalsIgnoreCase(address));
                    } catch (MessagingException e) {
                        throw new IllegalStateException(e);
                    }
                })
                .toList();
    }

    /** Waits until {@code count} messages for the address have arrived, and returns them. */
    public List<MimeMessage> await(String address, int count) {
        waitFor(() -> to(address).size() >= count, "mail to " + address);
        return to(address);
    }

    /** Waits for a condition, at most the configured mail wait. */
    public static void waitFor(BooleanSupplier condition, String what) {
        Instant end = Instant.now().plus(Duration.ofSeconds(Long.getLong("mynaportal.test.mail-wait-seconds", 60)));
        while (!condition.getAsBoolean()) {
            if (Instant.now().isAfter(end)) {
                throw new AssertionError("waited in vain for " + what);
            }
            Thread.onSpinWait();
            try {
                Thread.sleep(50);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError("interrupted waiting for " + what);
            }
        }
    }

    /** The text of a received message. */
    public static String text(MimeMessage message) {
        try {
            return message.getContent().toString();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    @Override
    public void close() {
        greenMail.stop();
    }
}
