package jp.mynaportal.mail.internal;

import jakarta.mail.Authenticator;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.PasswordAuthentication;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Date;
import java.util.Properties;
import jp.mynaportal.mail.model.OutboxMail;

/**
 * Delivers one outbox mail: through the configured SMTP server with Jakarta Mail, or, with none
 * configured, as an {@code .eml} file in the mail folder (owner-only), which an operator opens with
 * any mail program. Each mail carries the Message-ID {@code <outbox-<id>@mynaportal>}, the same on
 * every attempt.
 */
final class MailTransport {

    private final MailSettings settings;

    MailTransport(MailSettings settings) {
        this.settings = settings;
    }

    void deliver(OutboxMail mail) throws MessagingException, IOException {
        MimeMessage message = message(mail);
        if (settings.host().isPresent()) {
            Transport.send(message);
        } else {
            writeToFolder(mail, message);
        }
    }

    private MimeMessage message(OutboxMail mail) throws MessagingException {
        Session session = settings.host().isPresent() ? smtpSession() : Session.getInstance(new Properties());
        long id = mail.getId();
        MimeMessage message = new MimeMessage(session) {
            @Override
            protected void updateMessageID() throws MessagingException {
                setHeader("Message-ID", "<outbox-" + id + "@mynaportal>");
            }
        };
        message.setFrom(new InternetAddress(settings.from()));
        message.setRecipients(Message.RecipientType.TO, InternetAddress.parse(mail.getRecipient(), true));
        message.setSubject(mail.getSubject(), "UTF-8");
        message.setText(mail.getBody(), "UTF-8");
        message.setSentDate(Date.from(mail.getCreatedAt()));
        message.saveChanges();
        return message;
    }

    private Session smtpSession() {
        Properties props = new Properties();
        String timeout = Long.toString(settings.timeout().toMillis());
        props.put("mail.transport.protocol", "smtp");
        props.put("mail.smtp.host", settings.host().orElseThrow());
        props.put("mail.smtp.port", Integer.toString(settings.port()));
        props.put("mail.smtp.connectiontimeout", timeout);
        props.put("mail.smtp.timeout", timeout);
        props.put("mail.smtp.writetimeout", timeout);
        props.put("mail.smtp.starttls.enable", Boolean.toString(settings.startTls()));
        props.put("mail.smtp.starttls.required", Boolean.toString(settings.startTls()));
        if (settings.user().isPresent()) {
            props.put("mail.smtp.auth", "true");
            String user = settings.user().orElseThrow();
            String password = settings.password().orElse("");
            return Session.getInstance(props, new Authenticator() {
                @Override
                protected PasswordAuthentication getPasswordAuthentication() {
                    return new PasswordAuthentication(user, password);
                }
            });
        }
        return Session.getInstance(props);
    }

    private void writeToFolder(OutboxMail mail, MimeMessage message) throws IOException, MessagingException {
        Path folder = settings.folder();
        if (!Files.isDirectory(folder)) {
            Files.createDirectories(folder);
            ownerOnly(folder, "rwx------");
        }
        Path target = folder.resolve(String.format("%012d-%s.eml", mail.getId(), mail.getKind()));
        Path temp = Files.createTempFile(folder, "mail", ".tmp");
        ownerOnly(temp, "rw-------");
        try (OutputStream out = Files.newOutputStream(temp)) {
            message.writeTo(out);
        }
        Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    }

    private static void ownerOnly(Path path, String permissions) {
        try {
            Files.setPosixFilePermissions(path, PosixFilePermissions.fromString(permissions));
        } catch (UnsupportedOperationException | IOException e) {
            // not a POSIX file system: the folder's own protection applies
        }
    }
}
